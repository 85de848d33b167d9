import { createBulkInserter } from './bulk-insert';
import { generateRegisterData, type GenerateOptions } from './generate-register-data';

export interface SeedResult {
  customers: number;
  rows: number;
  ms: number;
}

/** Loads generated register data batch by batch; each batch (whole customers) commits or not at all. */
export async function seedRegisters(
  databaseUrl: string,
  options: GenerateOptions,
  onProgress?: (done: number) => void,
): Promise<SeedResult> {
  const started = performance.now();
  const inserter = createBulkInserter(databaseUrl);
  let rows = 0;
  let customers = 0;
  try {
    for (const b of generateRegisterData(options)) {
      await inserter.insertBatch([
        ['Customer', b.customers],
        ['ServiceOrder', b.orders],
        ['ServiceOrderChange', b.orderChanges],
        ['Invoice', b.invoices],
        ['InvoiceLine', b.invoiceLines],
        ['MarketingContact', b.contacts],
        ['MarketingPermission', b.permissions],
        ['MarketingPermissionEvent', b.permissionEvents],
      ]);
      customers += b.customers.length;
      rows += Object.values(b).reduce((n, list: unknown[]) => n + list.length, 0);
      onProgress?.(customers);
    }
  } finally {
    await inserter.close();
  }
  return { customers, rows, ms: Math.round(performance.now() - started) };
}
