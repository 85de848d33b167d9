// Issue #25 journey: the controller's real customer file goes in with
// `pnpm dsr import`, then a person in it asks for access (Art. 15): the
// handler finds the imported record in the register search and the package
// the person downloads contains it.
import path from 'node:path';
import type { RegisterSearchResponse } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRegisterFile } from '../../src/features/register-sync/import-register-file';
import { repoRoot } from '../../src/paths';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { compileAs, prepareExportRequest, releaseAs } from '../support/exports-factories';
import { download, listOwnExports, readPackage } from '../support/exports-zip';
import { signUpSubject } from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

describe.each(testProviders)('from import to access package on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider);
    handler = await signInStaff(app, 'handler');
  });
  afterAll(() => app.close());

  it('when examples/import/customers.csv is imported and Helmi asks for access, the handler finds her record and her package contains it', async () => {
    const imported = await importRegisterFile(app.ctx, {
      recordType: 'customers',
      file: path.join(repoRoot, 'examples', 'import', 'customers.csv'),
      sourceDetail: 'CRM export',
    });
    expect(imported.status).toBe('completed');

    const email = 'helmi.jarvinen@example.fi';
    const subject = await signUpSubject(app, { email, name: 'Helmi Järvinen', locale: 'fi' });
    const search = await callConsole<RegisterSearchResponse>(
      app,
      'GET',
      `/api/console/register-search?email=${encodeURIComponent(email)}`,
      { cookie: handler.cookie },
    );
    expect(search.status).toBe(200);
    const hit = search.body.items.find((i) => i.recordType === 'customer');
    expect(hit).toMatchObject({ firstName: 'Helmi', lastName: 'Järvinen', source: 'contract' });

    const request = await prepareExportRequest(
      app,
      handler,
      subject,
      { type: 'access', registers: ['customer'] },
      { customerIds: [hit?.id as string] },
    );
    const compiled = await compileAs(app, handler, request.id);
    await releaseAs(app, handler, request.id, compiled.id);
    const exports = await listOwnExports(app, subject, request.id);
    const downloaded = await download(app, exports[0]?.downloadUrl ?? '/missing', subject.headers);
    expect(downloaded.status).toBe(200);
    const pkg = await readPackage(downloaded.body);
    expect(pkg.data.records.customers).toEqual([
      expect.objectContaining({
        id: hit?.id,
        firstName: 'Helmi',
        lastName: 'Järvinen',
        email,
        postalCode: '33100',
        relationshipStartedOn: '2021-03-01',
        source: 'contract',
      }),
    ]);
  });
});
