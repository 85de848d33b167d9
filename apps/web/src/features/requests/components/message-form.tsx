import {
  ATTACHMENT_MAX_BYTES,
  attachmentContentTypes,
  postRequestMessageInputSchema,
} from '@oikeus/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { FileField, TextAreaField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { formatFileSize } from '../../../lib/format-file-size';
import { useContractForm } from '../../../lib/use-contract-form';
import { useLocale } from '../../../lib/use-locale';
import { usePostRequestMessage } from '../api/post-request-message';

/**
 * A message to the handler with an optional file; as an identity answer it
 * resumes the paused deadline (Art. 12(6), EDPB 01/2022 §159).
 */
export function MessageForm({
  requestId,
  isIdentityAnswer,
  onSent,
}: {
  requestId: string;
  isIdentityAnswer: boolean;
  /** Called after sending; an identity answer closes its form, so the page confirms it. */
  onSent?: () => void;
}) {
  const { t } = useTranslation('requests');
  const { t: tc } = useTranslation();
  const locale = useLocale();
  const form = useContractForm<
    { body: string; file: File | null },
    typeof postRequestMessageInputSchema
  >({
    formId: isIdentityAnswer ? 'identity-answer' : 'message',
    schema: postRequestMessageInputSchema,
    defaultValues: { body: '', file: null },
    toInput: ({ body }) => ({ body, isIdentityAnswer }),
  });
  const post = usePostRequestMessage(requestId);
  const [fileInputKey, setFileInputKey] = useState(0);
  const [sentNotice, setSentNotice] = useState('');
  const maxSize = formatFileSize(ATTACHMENT_MAX_BYTES, locale);

  const submit = form.onSubmit((input) => {
    if (post.isPending) return;
    setSentNotice('');
    const file = form.methods.getValues('file');
    // The server checks again by the file's content; this saves a pointless upload.
    if (file && file.size > ATTACHMENT_MAX_BYTES) {
      form.setIssues([{ path: 'file', message: tc('form.fileTooLarge', { size: maxSize }) }]);
      return;
    }
    if (file && !(attachmentContentTypes as readonly string[]).includes(file.type)) {
      form.setIssues([{ path: 'file', message: t('detail.fileType') }]);
      return;
    }
    post.mutate(
      { body: input.body, isIdentityAnswer: input.isIdentityAnswer, file },
      {
        onSuccess: () => {
          form.methods.reset({ body: '', file: null });
          setFileInputKey((key) => key + 1);
          setSentNotice(isIdentityAnswer ? t('detail.identitySent') : t('detail.messageSent'));
          onSent?.();
        },
        onError: form.showError,
      },
    );
  });

  const labels: Record<string, string> = {
    body: isIdentityAnswer ? t('detail.identityAnswer') : t('detail.messageBody'),
    file: t('detail.file'),
  };

  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form">
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      {sentNotice ? <Notice tone="success">{sentNotice}</Notice> : null}
      <TextAreaField form={form} path="body" label={labels.body} {...form.bind('body')} />
      <FileField
        form={form}
        path="file"
        label={labels.file}
        hint={t('detail.fileHint', { size: maxSize })}
        isOptional
        accept={attachmentContentTypes.join(',')}
        inputKey={fileInputKey}
        onChange={form.bind('file').onChange}
      />
      <SubmitButton isPending={post.isPending} pendingLabel={t('detail.sending')}>
        {isIdentityAnswer ? t('detail.identitySubmit') : t('detail.sendMessage')}
      </SubmitButton>
    </form>
  );
}
