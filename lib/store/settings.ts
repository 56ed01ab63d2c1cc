/** Keys of the settings table. */
export const ACTIVE_IMPORT_KEY = 'activeImportId';
