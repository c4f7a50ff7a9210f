#!/usr/bin/env node
import { ConfigError, runCommand } from '@learngraph/service-kit';
import { grantRoleCommand } from './modules/roles/index.js';

runCommand('users:grant-role', () =>
  grantRoleCommand(process.argv.slice(2), (line) => console.log(line), process.env).catch((error: unknown) => {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`users:grant-role: ${error.message}`);
    return 2;
  }),
);
