// Staff console routes (/api/staff, /api/console) generated from the console contracts.
import { registerDescriptionSchema } from '@oikeus/domain';
import { z } from 'zod';
import {
  addInternalNoteInputSchema,
  addRecipientNoticeInputSchema,
  applyErasureInputSchema,
  applyErasureResultSchema,
  applyObjectionInputSchema,
  applyObjectionResultSchema,
  applyRectificationInputSchema,
  applyRectificationResultSchema,
  applyRestrictionInputSchema,
  applyRestrictionResultSchema,
  assessObjectionInputSchema,
  assessObjectionResultSchema,
  assignRequestInputSchema,
  auditPageSchema,
  auditQuerySchema,
  changeStaffPasswordInputSchema,
  completeRequestInputSchema,
  confirmTotpEnrolmentInputSchema,
  confirmTotpEnrolmentResponseSchema,
  consoleRequestDetailSchema,
  consoleSettingsSchema,
  createStaffUserInputSchema,
  erasurePlanSchema,
  extendDeadlineInputSchema,
  extensionPreviewSchema,
  informBeforeLiftInputSchema,
  letterPreviewSchema,
  liftRestrictionInputSchema,
  marketingAudienceQuerySchema,
  marketingAudienceSchema,
  objectionPreviewInputSchema,
  objectionPreviewSchema,
  outboxStatusSchema,
  queueResponseSchema,
  recipientSuggestionsSchema,
  rectificationPreviewInputSchema,
  rectificationPreviewSchema,
  recordRegisterReviewInputSchema,
  refusalGroundSchema,
  refuseRequestInputSchema,
  registerReviewsResponseSchema,
  registerReviewStatusSchema,
  registerSearchResponseSchema,
  identityQuestionPreviewSchema,
  requestIdentityInfoInputSchema,
  requestIdentityInfoResultSchema,
  restrictionPreviewInputSchema,
  restrictionPreviewSchema,
  sendSubjectMessageInputSchema,
  staffLoginInputSchema,
  staffAccountSchema,
  checkStaffPasswordLinkInputSchema,
  forgotStaffPasswordInputSchema,
  setStaffPasswordInputSchema,
  setStaffPasswordResponseSchema,
  staffPasswordLinkSchema,
  updateStaffAccountInputSchema,
  staffLoginResponseSchema,
  staffSessionListSchema,
  staffSessionSchema,
  staffUserListSchema,
  staffUserSchema,
  startRequestInputSchema,
  updateConsoleSettingsInputSchema,
  updateRecordLinksInputSchema,
  updateStaffUserInputSchema,
  verifyIdentityInputSchema,
  writeResultSchema,
  auditEntrySchema,
  reportQuerySchema,
  reportSchema,
  requestLogQuerySchema,
  requestLogSchema,
} from '../console';
import { errorResponse, jsonContent, openApiRegistry } from './registry';

const idParams = z.object({ id: z.uuid() });
const restrictionParams = z.object({ id: z.uuid(), restrictionId: z.uuid() });
const okSchema = z.object({ ok: z.literal(true) });

const staffErrors = {
  401: errorResponse('No valid staff session'),
  403: errorResponse('The staff role does not allow this'),
};
const writeErrors = {
  ...staffErrors,
  400: errorResponse('Invalid input'),
  404: errorResponse('No such request'),
  409: errorResponse('CONFLICT: someone else changed the request (version); or ILLEGAL_TRANSITION'),
};

function body<S extends z.ZodType>(schema: S) {
  return { body: { content: { 'application/json': { schema } } } };
}

type Method = 'get' | 'post' | 'put' | 'patch';
function route(
  method: Method,
  path: string,
  summary: string,
  options: {
    params?: z.ZodObject;
    query?: z.ZodObject;
    input?: z.ZodType;
    output: z.ZodType;
    tag?: string;
  },
) {
  openApiRegistry.registerPath({
    method,
    path,
    summary,
    tags: [options.tag ?? 'Staff console'],
    request: {
      ...(options.params ? { params: options.params } : {}),
      ...(options.query ? { query: options.query } : {}),
      ...(options.input ? body(options.input) : {}),
    },
    responses: {
      200: jsonContent(options.output, 'OK'),
      ...(method === 'get' ? staffErrors : writeErrors),
    },
  });
}

// ---- staff auth
openApiRegistry.registerPath({
  method: 'post',
  path: '/api/staff/auth/login',
  summary:
    'Staff sign-in with password and TOTP (or a recovery code). Sets the staff session cookie.',
  tags: ['Staff auth'],
  request: body(staffLoginInputSchema),
  responses: {
    200: jsonContent(staffLoginResponseSchema, 'Signed in, or TOTP enrolment required'),
    400: errorResponse('Invalid input'),
    401: errorResponse('Generic sign-in failure (wrong email, password or code, or locked)'),
  },
});
route(
  'post',
  '/api/staff/auth/enrolment/confirm',
  'Confirm TOTP enrolment with a first code; returns 10 recovery codes.',
  {
    input: confirmTotpEnrolmentInputSchema,
    output: confirmTotpEnrolmentResponseSchema,
    tag: 'Staff auth',
  },
);
route('post', '/api/staff/auth/logout', 'Sign out (clears the session cookie).', {
  output: okSchema,
  tag: 'Staff auth',
});
route('get', '/api/staff/auth/session', 'The signed-in staff user.', {
  output: staffSessionSchema,
  tag: 'Staff auth',
});
route('get', '/api/staff/auth/sessions', 'Own active console sessions.', {
  output: staffSessionListSchema,
  tag: 'Staff auth',
});
route('post', '/api/staff/auth/sessions/{id}/revoke', 'End one of own console sessions.', {
  params: idParams,
  output: okSchema,
  tag: 'Staff auth',
});
route(
  'post',
  '/api/staff/auth/sign-out-everywhere',
  'End every own console session, this one included.',
  { output: okSchema, tag: 'Staff auth' },
);
route('post', '/api/staff/auth/password', 'Change own password; ends other sessions.', {
  input: changeStaffPasswordInputSchema,
  output: okSchema,
  tag: 'Staff auth',
});
route(
  'post',
  '/api/staff/auth/forgot-password',
  "Ask for a one-time link (1 hour) to set a new password; 202 whether or not the address is a member's.",
  { input: forgotStaffPasswordInputSchema, output: okSchema, tag: 'Staff auth' },
);
route(
  'post',
  '/api/staff/auth/password-link/check',
  'Whether a password link still works, whose it is and whether a TOTP code is needed.',
  { input: checkStaffPasswordLinkInputSchema, output: staffPasswordLinkSchema, tag: 'Staff auth' },
);
route(
  'post',
  '/api/staff/auth/password-link',
  'Set the password with a one-time link (and the TOTP code when the member has one); a new member enrols TOTP next.',
  { input: setStaffPasswordInputSchema, output: setStaffPasswordResponseSchema, tag: 'Staff auth' },
);
route('get', '/api/staff/auth/account', 'Own name, mail language and mail preferences.', {
  output: staffAccountSchema,
  tag: 'Staff auth',
});
route(
  'patch',
  '/api/staff/auth/account',
  'Change own name, mail language or which staff mails one gets.',
  { input: updateStaffAccountInputSchema, output: staffAccountSchema, tag: 'Staff auth' },
);

// ---- staff users (admin)
route('get', '/api/staff/users', 'List staff users (admin).', {
  output: staffUserListSchema,
  tag: 'Staff users',
});
route(
  'post',
  '/api/staff/users',
  'Invite a staff member: a mail with a 72-hour link to set a password (admin).',
  {
    input: createStaffUserInputSchema,
    output: staffUserSchema,
    tag: 'Staff users',
  },
);
route('patch', '/api/staff/users/{id}', 'Change role or deactivate (admin).', {
  params: idParams,
  input: updateStaffUserInputSchema,
  output: staffUserSchema,
  tag: 'Staff users',
});
route(
  'post',
  '/api/staff/users/{id}/reset-password',
  "Reset another member's password: sessions end and a one-time link to set a new one is mailed (admin).",
  { params: idParams, output: staffUserSchema, tag: 'Staff users' },
);
route(
  'post',
  '/api/staff/users/{id}/reset-totp',
  'Reset TOTP: the user enrols again at next sign-in (admin).',
  {
    params: idParams,
    output: staffUserSchema,
    tag: 'Staff users',
  },
);

// ---- queue, detail, workflow
openApiRegistry.registerPath({
  method: 'get',
  path: '/api/console/requests',
  summary: 'The queue, ordered by legal deadline then receipt; 50 per page (cursor or offset).',
  tags: ['Staff console'],
  request: {
    query: z.object({
      status: z.array(z.string()).optional(),
      type: z.array(z.string()).optional(),
      assignee: z.string().optional().describe('staff id, "me" or "none"'),
      register: z.enum(['customer', 'marketing']).optional(),
      q: z.string().optional(),
      cursor: z.string().optional(),
      offset: z.int().optional(),
    }),
  },
  responses: { 200: jsonContent(queueResponseSchema, 'One page'), ...staffErrors },
});
route('get', '/api/console/requests/{id}', 'Everything about one request.', {
  params: idParams,
  output: consoleRequestDetailSchema,
});
route(
  'post',
  '/api/console/requests/{id}/notes',
  'Add an internal note (never shown to the subject).',
  {
    params: idParams,
    input: addInternalNoteInputSchema,
    output: writeResultSchema,
  },
);
route(
  'post',
  '/api/console/requests/{id}/messages',
  'Write to the subject: the message appears in the portal and an email tells them it is there.',
  {
    params: idParams,
    input: sendSubjectMessageInputSchema,
    output: writeResultSchema,
  },
);
openApiRegistry.registerPath({
  method: 'get',
  path: '/api/console/requests/{id}/attachments/{attachmentId}',
  tags: ['Staff console'],
  summary:
    'Download a file the subject sent (handler, admin; always a download, never inline; audited).',
  request: { params: z.object({ id: z.uuid(), attachmentId: z.uuid() }) },
  responses: {
    200: {
      description: 'The file',
      content: { 'application/octet-stream': { schema: z.string().describe('binary') } },
    },
    ...staffErrors,
    404: errorResponse('No such file on this request'),
  },
});
route('post', '/api/console/requests/{id}/assign', 'Assign to self, another handler, or nobody.', {
  params: idParams,
  input: assignRequestInputSchema,
  output: writeResultSchema,
});
route('post', '/api/console/requests/{id}/start', 'Start work (received → in_progress).', {
  params: idParams,
  input: startRequestInputSchema,
  output: writeResultSchema,
});
route(
  'post',
  '/api/console/requests/{id}/verify-identity',
  'Record that identity was checked; resumes a paused clock.',
  {
    params: idParams,
    input: verifyIdentityInputSchema,
    output: writeResultSchema,
  },
);
route(
  'get',
  '/api/console/requests/{id}/identity-question/preview',
  'Whether a question now needs a reason and whether it comes too late for the pause to hold (Art. 12(6); EDPB 01/2022 §159).',
  {
    params: idParams,
    output: identityQuestionPreviewSchema,
  },
);
route(
  'post',
  '/api/console/requests/{id}/request-identity-info',
  'Ask the subject for identity information; the clock pauses (Art. 12(6)). After a recorded identity check a reason is required; isLate warns that the pause may not hold.',
  {
    params: idParams,
    input: requestIdentityInfoInputSchema,
    output: requestIdentityInfoResultSchema,
  },
);
openApiRegistry.registerPath({
  method: 'get',
  path: '/api/console/register-search',
  summary: 'Search both registers; scored matches, restricted records flagged.',
  tags: ['Staff console'],
  request: {
    query: z.object({
      email: z.string().optional(),
      phone: z.string().optional(),
      name: z.string().optional(),
      company: z.string().optional(),
      address: z.string().optional(),
      requestId: z.uuid().optional(),
    }),
  },
  responses: {
    200: jsonContent(registerSearchResponseSchema, 'Matches, best first'),
    ...staffErrors,
  },
});
route(
  'post',
  '/api/console/requests/{id}/records',
  'Confirm or unconfirm register records as the subject’s.',
  {
    params: idParams,
    input: updateRecordLinksInputSchema,
    output: writeResultSchema,
  },
);

// ---- audit and marketing list
route('get', '/api/console/requests/{id}/audit', 'Audit entries of one request.', {
  params: idParams,
  output: z.object({ items: z.array(auditEntrySchema) }),
});
route('get', '/api/console/audit', 'The whole audit trail, newest first (admin, auditor).', {
  query: auditQuerySchema,
  output: auditPageSchema,
});

// ---- reporting (GDPR Art. 5(2) accountability)
route(
  'get',
  '/api/console/reports',
  'Figures of a period: received, open, answered on time, working days, extensions, pauses, refusals, withdrawals, register actions, packages (handlers: their own requests).',
  { query: reportQuerySchema, output: reportSchema },
);
route(
  'get',
  '/api/console/reports/request-log',
  'The requests received in a period, without personal data, as JSON (format=json) or CSV (format=csv); audited (handlers: their own requests).',
  { query: requestLogQuerySchema, output: requestLogSchema },
);
route(
  'get',
  '/api/console/marketing-audience',
  'Marketing list for a channel: granted, not restricted, not suppressed (admin, handler).',
  {
    query: marketingAudienceQuerySchema,
    output: marketingAudienceSchema,
  },
);

// ---- register actions
route(
  'post',
  '/api/console/requests/{id}/rectification/preview',
  'Field-by-field diff of confirmed records.',
  {
    params: idParams,
    input: rectificationPreviewInputSchema,
    output: rectificationPreviewSchema,
  },
);
route(
  'post',
  '/api/console/requests/{id}/rectification',
  'Apply the confirmed field changes (Art. 16).',
  {
    params: idParams,
    input: applyRectificationInputSchema,
    output: applyRectificationResultSchema,
  },
);
route(
  'get',
  '/api/console/requests/{id}/erasure/preview',
  'What erasure would delete, anonymise and keep (Art. 17(3)(b)).',
  {
    params: idParams,
    output: erasurePlanSchema,
  },
);
route(
  'post',
  '/api/console/requests/{id}/erasure',
  'Erase confirmed records; vouchers under retention kept and restricted.',
  {
    params: idParams,
    input: applyErasureInputSchema,
    output: applyErasureResultSchema,
  },
);
route(
  'post',
  '/api/console/requests/{id}/restriction/preview',
  'Records a restriction would cover.',
  {
    params: idParams,
    input: restrictionPreviewInputSchema,
    output: restrictionPreviewSchema,
  },
);
route(
  'post',
  '/api/console/requests/{id}/restriction',
  'Restrict confirmed records (Art. 18(1)).',
  {
    params: idParams,
    input: applyRestrictionInputSchema,
    output: applyRestrictionResultSchema,
  },
);
route(
  'post',
  '/api/console/requests/{id}/restrictions/{restrictionId}/inform',
  'Tell the subject a restriction will be lifted (Art. 18(3)).',
  {
    params: restrictionParams,
    input: informBeforeLiftInputSchema,
    output: writeResultSchema,
  },
);
route(
  'post',
  '/api/console/requests/{id}/restrictions/{restrictionId}/lift',
  'Lift a restriction once the subject has been told.',
  {
    params: restrictionParams,
    input: liftRestrictionInputSchema,
    output: writeResultSchema,
  },
);
route(
  'post',
  '/api/console/requests/{id}/objection/preview',
  'Channels that would be set to prohibited.',
  {
    params: idParams,
    input: objectionPreviewInputSchema,
    output: objectionPreviewSchema,
  },
);
route(
  'post',
  '/api/console/requests/{id}/objection',
  'Prohibit direct marketing on the channels (Art. 21(3)); idempotent.',
  {
    params: idParams,
    input: applyObjectionInputSchema,
    output: applyObjectionResultSchema,
  },
);
route(
  'post',
  '/api/console/requests/{id}/objection/assessment',
  'Record the assessment of an objection to processing on legitimate interests (Art. 21(1)) and answer with reasons; if the controller has no overriding grounds, processing of the confirmed records stops (objection_21_1 restriction markers).',
  {
    params: idParams,
    input: assessObjectionInputSchema,
    output: assessObjectionResultSchema,
  },
);
route(
  'get',
  '/api/console/requests/{id}/extension/preview',
  'Whether the deadline may be extended and to when.',
  {
    params: idParams,
    output: extensionPreviewSchema,
  },
);
route(
  'post',
  '/api/console/requests/{id}/extension',
  'Extend once with reasons sent to the subject (Art. 12(3)).',
  {
    params: idParams,
    input: extendDeadlineInputSchema,
    output: writeResultSchema,
  },
);
openApiRegistry.registerPath({
  method: 'get',
  path: '/api/console/requests/{id}/refusal/preview',
  summary: 'Draft refusal letter and complaint route in the subject’s language.',
  tags: ['Staff console'],
  request: { params: idParams, query: z.object({ ground: refusalGroundSchema.optional() }) },
  responses: { 200: jsonContent(letterPreviewSchema, 'Draft'), ...staffErrors },
});
route(
  'post',
  '/api/console/requests/{id}/refusal',
  'Refuse with a legal ground and reasons (Art. 12(4)–(5)).',
  {
    params: idParams,
    input: refuseRequestInputSchema,
    output: writeResultSchema,
  },
);
route(
  'get',
  '/api/console/requests/{id}/completion/preview',
  'Draft response letter in the subject’s language.',
  {
    params: idParams,
    output: letterPreviewSchema,
  },
);
route('post', '/api/console/requests/{id}/completion', 'Complete with a response letter.', {
  params: idParams,
  input: completeRequestInputSchema,
  output: writeResultSchema,
});
route(
  'get',
  '/api/console/requests/{id}/recipient-notices/suggestions',
  'Recipients named in the register description (Art. 19).',
  {
    params: idParams,
    output: recipientSuggestionsSchema,
  },
);
route(
  'post',
  '/api/console/requests/{id}/recipient-notices',
  'Record that a recipient was told (Art. 19).',
  {
    params: idParams,
    input: addRecipientNoticeInputSchema,
    output: writeResultSchema,
  },
);

// ---- registers and mail (admin housekeeping)
route(
  'get',
  '/api/console/register-description',
  'The register description as loaded (file path and parsed content).',
  {
    output: z.object({ file: z.string(), description: registerDescriptionSchema }),
    tag: 'Registers',
  },
);
route(
  'get',
  '/api/console/register-reviews',
  'Where each register stands in its retention review, and the reviews recorded.',
  { output: registerReviewsResponseSchema, tag: 'Registers' },
);
openApiRegistry.registerPath({
  method: 'post',
  path: '/api/console/register-reviews',
  tags: ['Registers'],
  summary: 'Record a retention review of one register (admin; Art. 5(1)(e), 5(2)).',
  request: body(recordRegisterReviewInputSchema),
  responses: {
    201: jsonContent(
      z.object({ reviewId: z.uuid(), status: registerReviewStatusSchema }),
      'Recorded',
    ),
    ...writeErrors,
  },
});
route('get', '/api/console/outbox', 'Mail waiting, delayed and given up on (admin).', {
  output: outboxStatusSchema,
  tag: 'Mail',
});
route(
  'post',
  '/api/console/outbox/{id}/retry',
  'Put a failed message back in the queue (admin; audited).',
  { params: idParams, output: okSchema, tag: 'Mail' },
);
route('get', '/api/console/settings', 'Reminder schedule and download period (admin).', {
  output: consoleSettingsSchema,
  tag: 'Settings',
});
route(
  'put',
  '/api/console/settings',
  'Change the reminder schedule and download period (admin; audited).',
  {
    input: updateConsoleSettingsInputSchema,
    output: consoleSettingsSchema,
    tag: 'Settings',
  },
);
