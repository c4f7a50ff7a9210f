/** Who offers the fixture resources, as the API's `Offeror`. */
export interface FixtureOfferor {
  id: string;
  name: string;
  professional: boolean;
  description: string | null;
}

/** Where the fixture resources live, as the API's `Platform`. */
export interface FixturePlatform {
  id: string;
  name: string;
  url: string | null;
}

/** A topic without sub-topics, as the API's `Topic`. */
export interface FixtureTopic {
  id: string;
  code: string;
  name: string;
  icon: string | null;
  parent: null;
  children: [];
}

/** The three offerors, in the order the API lists them: by name. */
export const offerors = {
  ocw: { id: 'ocw', name: 'MIT OpenCourseWare', professional: false, description: null },
  mitpe: { id: 'mitpe', name: 'MIT Professional Education', professional: true, description: null },
  mitx: { id: 'mitx', name: 'MITx', professional: false, description: null },
} satisfies Record<string, FixtureOfferor>;

/** The platform each offeror publishes on. */
export const platforms = {
  ocw: { id: 'ocw', name: 'MIT OpenCourseWare', url: 'https://ocw.mit.edu' },
  mitpe: { id: 'mitpe', name: 'MIT Professional Education', url: 'https://professional.mit.edu' },
  edx: { id: 'edx', name: 'edX', url: 'https://www.edx.org' },
} satisfies Record<string, FixturePlatform>;

function topic(id: string, code: string, name: string): FixtureTopic {
  return { id, code, name, icon: null, parent: null, children: [] };
}

export const topics = {
  engineering: topic('6f1f0c6e-0000-4000-8000-000000000001', 'engineering', 'Engineering'),
  dataScience: topic('6f1f0c6e-0000-4000-8000-000000000002', 'data-science', 'Data Science'),
  mathematics: topic('6f1f0c6e-0000-4000-8000-000000000003', 'mathematics', 'Mathematics'),
};
