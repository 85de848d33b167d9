import type { RequestType, SubjectRequestSummary } from '@oikeus/contracts';
import type { ComponentType } from 'react';
import { AccessRequestForm } from './access-request-form';
import { ErasureRequestForm } from './erasure-request-form';
import { ObjectionRequestForm } from './objection-request-form';
import { PortabilityRequestForm } from './portability-request-form';
import { RectificationRequestForm } from './rectification-request-form';
import { RestrictionRequestForm } from './restriction-request-form';

const forms: Record<
  RequestType,
  ComponentType<{ onSubmitted: (r: SubjectRequestSummary) => void }>
> = {
  access: AccessRequestForm,
  rectification: RectificationRequestForm,
  erasure: ErasureRequestForm,
  restriction: RestrictionRequestForm,
  objection: ObjectionRequestForm,
  portability: PortabilityRequestForm,
};

/** The form of the chosen right. */
export function RequestForm({
  type,
  onSubmitted,
}: {
  type: RequestType;
  onSubmitted: (request: SubjectRequestSummary) => void;
}) {
  const Form = forms[type];
  return <Form onSubmitted={onSubmitted} />;
}
