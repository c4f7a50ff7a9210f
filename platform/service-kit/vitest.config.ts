import { defineConfig } from 'vitest/config';
import { serviceTestConfig } from './src/testing/vitest-config.js';

export default defineConfig(serviceTestConfig);
