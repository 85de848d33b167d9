// OpenAPI paths of the dev mailbox (only served when MAIL_TRANSPORT=local).
import { z } from 'zod';
import { devMailboxListSchema, devMailboxQuerySchema, localMailSchema } from '../mail';
import { errorResponse, jsonContent, openApiRegistry } from './registry';

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/dev/mailbox',
  tags: ['dev'],
  summary: 'Mail kept by the embedded transport, newest first.',
  description: 'Exists only when MAIL_TRANSPORT=local (the default); 404 with SMTP.',
  request: { query: devMailboxQuerySchema },
  responses: {
    200: jsonContent(devMailboxListSchema, 'Messages, newest first'),
    400: errorResponse('Invalid query'),
    404: errorResponse('Not available: mail goes out by SMTP'),
  },
});

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/dev/mailbox/{id}',
  tags: ['dev'],
  summary: 'One message from the dev mailbox, with its text and HTML.',
  request: { params: z.object({ id: z.uuid() }) },
  responses: {
    200: jsonContent(localMailSchema, 'The message'),
    404: errorResponse('No such message, or not available with SMTP'),
  },
});
