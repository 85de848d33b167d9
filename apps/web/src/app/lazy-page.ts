import { lazy, type ComponentType } from 'react';
import { i18n } from '../i18n/i18n';

/**
 * A page loaded on demand together with its text namespaces, in parallel,
 * so it does not render once only to suspend again for its texts.
 */
export function lazyPage<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  namespaces: string[],
) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), i18n.loadNamespaces(namespaces)]);
    return module;
  });
}
