// OpenAPI paths of access (GDPR Art. 15) and portability (Art. 20) packages:
// compiled, previewed and released in the console, downloaded in the portal.
import { z } from 'zod';
import {
  compileExportInputSchema,
  consoleExportListSchema,
  consoleExportResponseSchema,
  exportDownloadQuerySchema,
  exportPreviewSchema,
  releaseExportInputSchema,
  subjectExportListSchema,
} from '../exports';
import { errorResponse, jsonContent, openApiRegistry } from './registry';

const requestParams = z.object({ id: z.uuid() });
const exportParams = z.object({ id: z.uuid(), exportId: z.uuid() });
const csrfHeader = z.object({
  'x-requested-with': z.literal('oikeus').describe('Required on every write (CSRF guard).'),
});
const staffErrors = {
  401: errorResponse('No valid staff session'),
  403: errorResponse('The staff role does not allow this'),
};
const consoleTag = ['Staff console'];
const portalTag = ['portal'];
const sessionCookie = [{ sessionCookie: [] as string[] }];

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/exports/schema.json',
  tags: ['exports'],
  summary: 'The JSON Schema (draft 2020-12) of data.json in every package.',
  description: 'The same file as schemas/oikeus-export.schema.json in the source repository.',
  responses: {
    200: {
      description: 'JSON Schema',
      content: { 'application/schema+json': { schema: z.record(z.string(), z.unknown()) } },
    },
  },
});

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/console/requests/{id}/exports',
  tags: consoleTag,
  summary: 'Packages compiled for a request, newest first (any staff role).',
  request: { params: requestParams },
  responses: { 200: jsonContent(consoleExportListSchema, 'OK'), ...staffErrors },
});

openApiRegistry.registerPath({
  method: 'post',
  path: '/api/console/requests/{id}/exports',
  tags: consoleTag,
  summary: 'Compile the access or portability package from the confirmed records (handler, admin).',
  description:
    'Reads the records confirmed for the request (RequestRecordLink) and the portal’s own records of the subject, and stores one zip: report.html, data.json, a CSV per record type and manifest.json. Status compiling → ready; nothing reaches the subject until release. The request must be in progress; the kind defaults to the request type.',
  request: {
    headers: csrfHeader,
    params: requestParams,
    body: { content: { 'application/json': { schema: compileExportInputSchema } } },
  },
  responses: {
    201: jsonContent(consoleExportResponseSchema, 'Compiled and stored, status ready'),
    400: errorResponse('Not an access or portability request, or the kind does not match'),
    ...staffErrors,
    404: errorResponse('No such request'),
    409: errorResponse('ILLEGAL_TRANSITION: the request is not in progress'),
  },
});

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/console/requests/{id}/exports/{exportId}/preview',
  tags: consoleTag,
  summary:
    'The stored report.html and manifest, to check before release (handler, admin; audited).',
  request: { params: exportParams },
  responses: {
    200: jsonContent(exportPreviewSchema, 'OK'),
    ...staffErrors,
    404: errorResponse('No such ready or released package'),
  },
});

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/console/requests/{id}/exports/{exportId}/report.html',
  tags: consoleTag,
  summary:
    'The stored report.html as a page for an iframe (sandboxed CSP; handler, admin; audited).',
  request: { params: exportParams },
  responses: {
    200: { description: 'HTML', content: { 'text/html': { schema: z.string() } } },
    ...staffErrors,
    404: errorResponse('No such ready or released package'),
  },
});

openApiRegistry.registerPath({
  method: 'post',
  path: '/api/console/requests/{id}/exports/{exportId}/release',
  tags: consoleTag,
  summary: 'Release a ready package to the subject (handler, admin).',
  description:
    'Status released with an expiry (default 30 days, the export_settings setting, or expiresInDays); a step the subject sees, an audit entry and the result_ready email linking to My requests, in one transaction.',
  request: {
    headers: csrfHeader,
    params: exportParams,
    body: { content: { 'application/json': { schema: releaseExportInputSchema } } },
  },
  responses: {
    200: jsonContent(consoleExportResponseSchema, 'Released'),
    400: errorResponse('Invalid input'),
    ...staffErrors,
    404: errorResponse('No such request or package'),
    409: errorResponse('The package is not ready, or the request is not in progress'),
  },
});

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/requests/{id}/exports',
  tags: portalTag,
  summary: 'The subject’s released, unexpired packages for one of their requests.',
  description:
    'Each carries a download link signed for this account that works for 15 minutes (or until the package expires); list again for a fresh one.',
  security: sessionCookie,
  request: { params: requestParams },
  responses: {
    200: jsonContent(subjectExportListSchema, 'OK'),
    401: errorResponse('Not signed in'),
    404: errorResponse('No such request of this subject'),
  },
});

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/requests/{id}/exports/{exportId}/download',
  tags: portalTag,
  summary: 'Download a package: needs the subject’s session and the signed link.',
  description:
    'Streams the zip (Content-Disposition: attachment). Counts and audits the download. A link of another account, an edited or expired link, or no session is refused.',
  security: sessionCookie,
  request: { params: exportParams, query: exportDownloadQuerySchema },
  responses: {
    200: {
      description: 'The zip',
      content: { 'application/zip': { schema: z.string().describe('binary') } },
    },
    401: errorResponse('Not signed in'),
    403: errorResponse('The link is not signed for this subject and package, or has expired'),
    404: errorResponse('No such released, unexpired package of this subject'),
  },
});
