import { answerParent } from './process-channel.js';
import { serveBenchSubgraphs } from './subgraphs/serve-subgraphs.js';

// Started by `forkPart`; reports the subgraphs' sources and, when asked, how many requests they were sent.
const subgraphs = await serveBenchSubgraphs();
answerParent({ sources: subgraphs.sources }, { requests: subgraphs.requests });
