import type { CommandSpec } from '../command.js';
import { errors } from '../support/errors.js';
import { globMatch } from '../support/glob.js';
import { cursorArg, numberArg } from '../support/integers.js';

/**
 * SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]. As in Redis, COUNT is the amount of work
 * per call (keys visited, before MATCH and TYPE filter them), so a page may come back empty while
 * the cursor is not yet 0; expired keys are dropped on the way.
 */
export const scanCommand: CommandSpec = {
  name: 'scan',
  arity: -2,
  flags: 'readonly',
  run: ({ db }, argv) => {
    const cursor = cursorArg(argv[1] ?? '');
    let count = 10;
    let pattern: string | undefined;
    let type: string | undefined;
    for (let i = 2; i < argv.length; i += 2) {
      const option = (argv[i] ?? '').toUpperCase();
      const value = argv[i + 1];
      if (value === undefined) throw errors.syntax();
      if (option === 'COUNT') {
        count = numberArg(value);
        if (count < 1) throw errors.syntax();
      } else if (option === 'MATCH') {
        pattern = value === '*' ? undefined : value;
      } else if (option === 'TYPE') {
        type = value.toLowerCase();
      } else {
        throw errors.syntax();
      }
    }
    const page = db.scan(cursor, count);
    const keys = page.keys.filter((key) => {
      if (pattern !== undefined && !globMatch(pattern, key)) return false;
      const stored = db.lookup(key);
      return stored !== undefined && (type === undefined || stored.type === type);
    });
    return [String(page.next), keys];
  },
};
