import { defaultLocale, isLocale, type Locale } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { getMailIdentity } from './get-mail-identity';
import type { MailContent, RenderedMail } from './mail-content';
import { createMailFormat, type MailFormat } from './mail-format';
import { mailTemplates, type MailTemplateData, type MailTemplateName } from './mail-templates';
import { renderMailLayout } from './render-mail-layout';

export interface RenderMailInput<TName extends MailTemplateName> {
  template: TName;
  /** The reader's language; anything unknown falls back to Finnish, the controller's language. */
  locale: string | null | undefined;
  data: MailTemplateData<TName>;
}

/**
 * Renders subject, text and HTML of one template in the reader's language.
 * The data is parsed with the template's zod schema first, so a caller with a
 * wrong shape gets an error instead of a half-empty email.
 */
export function renderMail<TName extends MailTemplateName>(
  ctx: Pick<AppContext, 'env' | 'registerDescription'>,
  input: RenderMailInput<TName>,
): RenderedMail & { locale: Locale } {
  const template = mailTemplates[input.template];
  const locale: Locale = isLocale(input.locale) ? input.locale : defaultLocale;
  const identity = getMailIdentity(ctx);
  const format = createMailFormat({
    locale,
    publicUrl: ctx.env.PUBLIC_URL,
    timeZone: ctx.env.CONTROLLER_TIME_ZONE,
    controllerName: identity.controllerName,
  });
  const data = template.dataSchema.parse(input.data);
  // The registry maps each name to its own template; TypeScript cannot relate the
  // parsed data of a union of templates to the union of renderers, hence the cast.
  const render = template.render[locale] as (d: unknown, f: MailFormat) => MailContent;
  return { ...renderMailLayout(render(data, format), locale), locale };
}
