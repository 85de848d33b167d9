export const workingDays = {
  fi: ['työpäivä', 'työpäivää'],
  sv: ['arbetsdag', 'arbetsdagar'],
  en: ['working day', 'working days'],
} as const satisfies Record<string, [string, string]>;
