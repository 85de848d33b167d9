// Texts of the staff console (loaded with the console chunk).
import type { Translation } from '../../translation';
import type fi from '../fi/console';

export default {
  title: 'Handläggarens arbetsyta',
} satisfies Translation<typeof fi>;
