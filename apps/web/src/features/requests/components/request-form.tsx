import type { RequestType, SubjectRequestSummary } from '@oikeus/contracts';
import type { ComponentType } from 'react';
import { ErasureRequestForm } from './erasure-request-form';
import { ObjectionRequestForm } from './objection-request-form';
import { RectificationRequestForm } from './rectification-request-form';
import { RegistersRequestForm } from './registers-request-form';
import { RestrictionRequestForm } from './restriction-request-form';

const forms: Record<
  RequestType,
  ComponentType<{ onSubmitted: (r: SubjectRequestSummary) => void }>
> = {
  access: (props) => <RegistersRequestForm type="access" {...props} />,
  rectification: RectificationRequestForm,
  erasure: ErasureRequestForm,
  restriction: RestrictionRequestForm,
  objection: ObjectionRequestForm,
  portability: (props) => <RegistersRequestForm type="portability" {...props} />,
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
