// Server-only entry (@oikeus/contracts/openapi), kept out of the web bundle.
// One OpenAPI registry: every contract module registers its routes here, and
// the API serves the document generated from these same zod schemas.
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import { errorBodySchema } from '../errors';

export const openApiRegistry = new OpenAPIRegistry();

/** `{ description, content: application/json }` for a response schema. */
export function jsonContent<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** The shared error body, for every 4xx/5xx a route documents. */
export function errorResponse(description: string) {
  return jsonContent(errorBodySchema, description);
}

export function generateOpenApiDocument(serverUrl: string) {
  return new OpenApiGeneratorV31(openApiRegistry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Oikeus API',
      version: '0.1.0',
      description: 'GDPR data-subject rights portal: public portal and staff console API.',
    },
    servers: [{ url: serverUrl }],
  });
}
