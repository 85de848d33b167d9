// Journey 7 (Art. 12(3) deadlines) with the portability form (Art. 20), in
// Finnish: the assigned handler is reminded on the deadline day, and once the
// request is overdue gets the overdue reminder and, as an admin, the
// escalation, each sent by one pass of the app's worker on the moved clock
// (the mailbox runs the pass when it looks, so nothing waits for a worker
// interval). Back in the present, the handler hands over the portable package
// and completes.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expectNoAxeViolations } from '../support/axe';
import {
  completeWithLetter,
  confirmRecordsByEmail,
  openFromQueue,
  pickDemoCustomer,
  readConsoleRequest,
  startAndRecordIdentityCheck,
} from '../support/console';
import { expect, test } from '../support/fixtures';
import {
  chooseAllRegisters,
  openOwnRequest,
  portalText,
  signUp,
  submitRequest,
} from '../support/portal';

const t = portalText.fi;

// Fixed dates, so the deadline and the reminders' days never depend on the day
// the suite runs: received Monday 1 March 2027 at 09:00 in Helsinki, the
// one-month deadline is Thursday 1 April (no holiday; Easter is 26–29 March).
const receivedAt = new Date('2027-03-01T07:00:00Z');
const deadlineDay = '2027-04-01';
const deadlineMorning = new Date('2027-04-01T07:00:00Z');
// The first working day after the deadline: overdue from then (Reg. 1182/71 Art. 3(4)).
const firstOverdueMorning = new Date('2027-04-02T07:00:00Z');

// The journey starts on the morning the request arrives; the fixture puts the
// clock back afterwards. An admin handler: escalations go to admins
// (reminder recipients, load-staff-directory.ts).
test.use({ locale: t.browserLocale, appNow: receivedAt, handlerRole: 'admin' });
test.setTimeout(180_000);

test('when a portability request nears and passes its deadline, the handler is reminded and it is escalated', async ({
  subject,
  staff,
  handler,
  appClock,
  mailbox,
}) => {
  const customer = pickDemoCustomer();

  await signUp(subject, customer.email, `${customer.firstName} ${customer.lastName}`, 'fi');
  const reference = await submitRequest(subject, 'fi', 'portability', customer.email, (page) =>
    chooseAllRegisters(page, 'fi'),
  );

  await openFromQueue(staff, reference);
  await staff.getByRole('button', { name: 'Ota käsittelyyn' }).click();
  await expect(staff.getByRole('button', { name: 'Vapauta' })).toBeVisible();
  await startAndRecordIdentityCheck(staff);
  const { deadline } = await readConsoleRequest(staff);
  expect(deadline.effectiveDueDate).toBe(deadlineDay);

  // The deadline day: the "1 working day left" reminder (the scan catches up two working days).
  let since = mailbox.mark();
  await appClock.set(deadlineMorning);
  await mailbox.waitFor(handler.email, new RegExp(`Muistutus: pyynnön ${reference} määräaika`), {
    since,
  });

  // Overdue: the handler's overdue reminder and the admins' escalation.
  since = mailbox.mark();
  await appClock.set(firstOverdueMorning);
  await mailbox.waitFor(handler.email, new RegExp(`Myöhässä: pyyntö ${reference}`), { since });
  const escalation = await mailbox.waitFor(
    handler.email,
    new RegExp(`Eskalointi: pyyntö ${reference} on myöhässä`),
    { since },
  );
  expect(escalation.text).toContain(handler.name);
  // Back to the morning the request arrived, where both sessions are still valid.
  await appClock.set(new Date(receivedAt.getTime() + 10 * 60_000));

  // Art. 20: the data the person provided, machine-readable, then completion.
  await staff.reload();
  await confirmRecordsByEmail(staff, customer.email);
  await staff.getByRole('button', { name: 'Kokoa siirrettävä tietopaketti' }).click();
  await staff.getByRole('button', { name: 'Julkaise rekisteröidylle' }).click();
  await expect(staff.getByText(/julkaistu/i).first()).toBeVisible();
  await expectNoAxeViolations(staff);

  await openOwnRequest(subject, reference);
  await expectNoAxeViolations(subject);
  const downloading = subject.waitForEvent('download');
  await subject.getByRole('link', { name: /^Lataa .*\.zip$/ }).click();
  const files = unzipSync(new Uint8Array(await readFile(await (await downloading).path())));
  const json = Object.entries(files)
    .filter(([name]) => name.endsWith('.json'))
    .map(([, bytes]) => strFromU8(bytes))
    .join('\n');
  expect(json.toLowerCase()).toContain(customer.email.toLowerCase());

  await completeWithLetter(staff);
  await mailbox.waitFor(customer.email, new RegExp(`${reference} on käsitelty`));
});
