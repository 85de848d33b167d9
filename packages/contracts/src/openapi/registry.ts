// One OpenAPI registry: every contract module registers its routes here, and
// the API serves the document generated from these same zod schemas.
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';

export const openApiRegistry = new OpenAPIRegistry();

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
