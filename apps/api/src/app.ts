import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { AppContext } from './context';
import { createRegisterDescriptionRouter } from './features/register-description/router';
import { csrfGuard } from './http/csrf-guard';
import { errorMiddleware, notFoundHandler } from './http/error-middleware';
import { createStaticWebRouter } from './http/static-web';
import { createAuthRouter } from './features/auth/auth-router';
import { createRequestsRouter } from './features/requests/requests-router';
import { createSystemRouter } from './http/system-router';
import { createTestHooksRouter } from './http/test-hooks-router';
import { createDevMailboxRouter } from './features/mail/dev-mailbox-router';
import { createRegisterReviewRouter } from './features/register-review/register-review-router';
import { createStaffRouter } from './features/staff/staff-router';
import { createConsoleRouter } from './features/console/console-router';
import { createIntakeRouter } from './features/intake/intake-router';
import { createOutboxRouter } from './features/mail/outbox-router';
import { createSettingsRouter } from './features/settings/settings-router';
import { createRegisterActionsRouter } from './features/register-actions/register-actions-router';
import { createExportsRouter } from './features/exports/exports-router';
import { createRegistersRouter } from './features/register-sync/registers-router';
import { createApiKeysRouter } from './features/register-sync/api-keys-router';
import { createRegisterRecordsRouter } from './features/register-sync/register-records-router';
import { createReportingRouter } from './features/reporting/reporting-router';

/** Builds the Express app; listening is start()'s job (server.ts). */
export function createApp(ctx: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
        },
      },
    }),
  );
  app.use(
    pinoHttp({
      logger: ctx.logger,
      autoLogging: { ignore: (req) => req.url === '/healthz' },
      // Only method, path and status: query strings and bodies may carry personal data.
      serializers: {
        req: (req: { method: string; url: string }) => ({
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  // The register sync API: API keys only (no cookies read, so no CSRF guard), its own body limit.
  app.use('/api/registers/v1', createRegistersRouter(ctx));
  app.use(cookieParser());
  app.use(express.json({ limit: '256kb' }));

  app.use(createSystemRouter(ctx));
  app.use('/api', csrfGuard(ctx.env.PUBLIC_URL));
  // Feature routers: one line each, mounted under /api.
  // End-to-end hooks (clock, staff session, worker pass); loadEnv refuses TEST_CLOCK in production.
  if (ctx.env.TEST_CLOCK) app.use('/api/test', createTestHooksRouter(ctx));
  app.use('/api/register-description', createRegisterDescriptionRouter(ctx));
  app.use('/api/auth', createAuthRouter(ctx));
  app.use('/api', createExportsRouter(ctx));
  app.use('/api/requests', createRequestsRouter(ctx));
  app.use('/api/dev', createDevMailboxRouter(ctx));
  app.use('/api/console', createRegisterReviewRouter(ctx));
  app.use('/api/staff', createStaffRouter(ctx));
  app.use('/api/console', createConsoleRouter(ctx));
  app.use('/api/console', createIntakeRouter(ctx));
  app.use('/api/console', createRegisterActionsRouter(ctx));
  app.use('/api/console', createOutboxRouter(ctx));
  app.use('/api/console', createSettingsRouter(ctx));
  app.use('/api/console', createApiKeysRouter(ctx));
  app.use('/api/console', createRegisterRecordsRouter(ctx));
  app.use('/api/console', createReportingRouter(ctx));

  app.use('/api', notFoundHandler);
  app.use(createStaticWebRouter());
  app.use(notFoundHandler);
  app.use(errorMiddleware(ctx.logger));
  return app;
}
