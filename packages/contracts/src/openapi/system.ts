import { z } from 'zod';
import { openApiRegistry } from './registry';

export const healthSchema = z.object({ status: z.literal('ok') });
export const readinessSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['ok', 'unavailable']),
});

openApiRegistry.registerPath({
  method: 'get',
  path: '/healthz',
  summary: 'Liveness: the process answers.',
  responses: {
    200: { description: 'Alive', content: { 'application/json': { schema: healthSchema } } },
  },
});
openApiRegistry.registerPath({
  method: 'get',
  path: '/readyz',
  summary: 'Readiness: the database answers.',
  responses: {
    200: { description: 'Ready', content: { 'application/json': { schema: readinessSchema } } },
    503: { description: 'Not ready', content: { 'application/json': { schema: readinessSchema } } },
  },
});
