import { runCommand } from '@learngraph/service-kit';
import { etlCommand } from './etl-command.js';

runCommand('etl', () => etlCommand(process.argv.slice(2), console.log));
