// Words, names and taxonomies the generated documents are made of, after MIT course catalogs.

export const words = `introduction advanced principles theory analysis systems design data learning machine quantum
physics mechanics algebra linear calculus probability statistics economics finance management leadership
strategy marketing innovation entrepreneurship engineering materials chemistry biology genetics neuroscience
cognitive psychology history philosophy ethics writing literature music architecture urban planning energy
climate environment sustainability policy law computation algorithms programming software networks security
robotics control signals circuits electronics thermodynamics fluids structures optimization modeling
simulation visualization communication negotiation operations supply chain health medicine biomedical imaging
molecular cellular ecology oceans earth planetary astronomy cosmology relativity electromagnetism optics
photonics nanotechnology manufacturing product development innovation healthcare analytics blockchain
cryptography artificial intelligence deep reinforcement language vision speech graphics games media
documentary film theater dance global development political science international relations game theory
behavioral accounting investments real estate transportation logistics aerospace propulsion biology
synthetic chemical reactions organic inorganic materials semiconductor devices power systems`
  .split(/\s+/)
  .filter(Boolean);

const syllables = [
  'ba',
  'co',
  'di',
  'fe',
  'ga',
  'hi',
  'ko',
  'lu',
  'ma',
  'ne',
  'po',
  'ra',
  'si',
  'ta',
  'vo',
  'xe',
  'ze',
  'qu',
];

/**
 * The catalog's vocabulary: the real words above first (the most frequent), then 3,000 made-up words of two
 * to four syllables, so that words are as many and as rare as in a real catalog.
 */
export const vocabulary = [
  ...new Set([
    ...words,
    ...Array.from({ length: 3000 }, (_, index) => {
      let word = '';
      for (let rest = index + syllables.length; rest > 0; rest = Math.floor(rest / syllables.length)) {
        word += syllables[rest % syllables.length];
      }
      return `${word}n`;
    }),
  ]),
];

export const topicTree: Array<{ name: string; children: string[] }> = [
  { name: 'Science', children: ['Physics', 'Chemistry', 'Biology', 'Earth Science'] },
  { name: 'Engineering', children: ['Electrical Engineering', 'Mechanical Engineering', 'Computer Science'] },
  { name: 'Mathematics', children: ['Algebra', 'Probability and Statistics', 'Calculus'] },
  { name: 'Business', children: ['Finance', 'Marketing', 'Management', 'Entrepreneurship'] },
  { name: 'Humanities', children: ['History', 'Philosophy', 'Literature', 'Music'] },
  { name: 'Social Sciences', children: ['Economics', 'Political Science', 'Psychology'] },
];

export const offerors = ['ocw', 'mitx', 'xpro', 'mitpe', 'see', 'bootcamps', 'csail', 'ctl', 'scc', 'oll'];
export const platforms = ['ocw', 'edx', 'mitxonline', 'xpro', 'youtube', 'podcast', 'see', 'mitpe'];
export const departments = ['1', '2', '3', '5', '6', '7', '8', '9', '10', '11', '12', '14', '15', '16', '17', '18'];
export const resourceTypes = ['COURSE', 'COURSE', 'COURSE', 'PROGRAM', 'VIDEO', 'VIDEO', 'PODCAST_EPISODE', 'DOCUMENT'];
export const levels = [
  'HIGH_SCHOOL',
  'UNDERGRADUATE',
  'GRADUATE',
  'NONCREDIT',
  'INTRODUCTORY',
  'INTERMEDIATE',
  'ADVANCED',
];
export const deliveries = ['ONLINE', 'ONLINE', 'HYBRID', 'IN_PERSON'];
export const languages = ['en', 'en', 'en', 'en', 'es', 'fr', 'zh', 'de'];
export const firstNames = ['Ana', 'Gilbert', 'Barton', 'Esther', 'Wei', 'Priya', 'John', 'Marie', 'Omar', 'Lucia'];
export const lastNames = ['Strang', 'Zwiebach', 'Duflo', 'Chen', 'Raman', 'Smith', 'Curie', 'Haddad', 'Rossi', 'Ng'];
