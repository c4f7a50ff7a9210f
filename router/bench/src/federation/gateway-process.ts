import { readFile } from 'node:fs/promises';
import { gateways } from './gateways.js';
import { answerParent } from './process-channel.js';

// Started by `forkPart` with the gateway's name and the supergraph file; reports its URL and, when asked, its CPU time.
const [name = '', supergraphPath = ''] = process.argv.slice(2);
const start = gateways[name];
if (!start) throw new Error(`No gateway named ${name}; known: ${Object.keys(gateways).join(', ')}`);
const url = await start(supergraphPath, await readFile(supergraphPath, 'utf8'));
answerParent({ url }, { cpu: () => process.cpuUsage() });
