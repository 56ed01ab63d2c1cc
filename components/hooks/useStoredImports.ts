'use client';
/** Stored imports and the actions on them (switch, delete one, delete everything). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { db, type ImportRow } from '@/lib/store/db';
import { deleteAllData, deleteImport } from '@/lib/store/import-writer';
import { ACTIVE_IMPORT_KEY } from '@/lib/store/settings';

export interface StoredImports {
  imports: ImportRow[];
  activeId: string | null;
}

export const storedImportsKey = ['stored-imports'] as const;

export function useStoredImports() {
  return useQuery({
    queryKey: storedImportsKey,
    queryFn: async (): Promise<StoredImports> => {
      const [imports, active] = await Promise.all([
        db().imports.where('state').equals('complete').reverse().sortBy('importedAt'),
        db().settings.get(ACTIVE_IMPORT_KEY),
      ]);
      return { imports, activeId: typeof active?.value === 'string' ? active.value : null };
    },
  });
}

export function useImportActions() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries();
  const activate = useMutation({
    mutationFn: (importId: string) => db().settings.put({ key: ACTIVE_IMPORT_KEY, value: importId }),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (importId: string) => deleteImport(db(), importId), onSuccess: refresh });
  const removeAll = useMutation({ mutationFn: () => deleteAllData(db()), onSuccess: refresh });
  return { activate, remove, removeAll };
}
