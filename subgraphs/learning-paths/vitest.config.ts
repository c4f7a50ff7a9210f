import { serviceTestConfig } from '@learngraph/service-kit/testing';
import { defineConfig } from 'vitest/config';

export default defineConfig(serviceTestConfig);
