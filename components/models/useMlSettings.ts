'use client';
/**
 * The ML settings in the Dexie `settings` table: which device to prefer and whether hub models
 * may be downloaded. The worker reads the same keys when it starts an analysis.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DevicePreference } from '@/lib/ml/device';
import { db, type WrappedDb } from '@/lib/store/db';
import { HUB_MODELS_ENABLED_KEY, ML_DEVICE_PREFERENCE_KEY } from '@/lib/store/settings';

export interface MlSettings {
  devicePreference: DevicePreference;
  hubModelsEnabled: boolean;
}

export const DEFAULT_ML_SETTINGS: MlSettings = { devicePreference: 'auto', hubModelsEnabled: false };

const PREFERENCES: readonly DevicePreference[] = ['auto', 'webgpu', 'wasm'];

export const mlSettingsKey = ['ml-settings'] as const;

export async function readMlSettings(database: WrappedDb = db()): Promise<MlSettings> {
  const [preference, hub] = await Promise.all([database.settings.get(ML_DEVICE_PREFERENCE_KEY), database.settings.get(HUB_MODELS_ENABLED_KEY)]);
  return {
    devicePreference: PREFERENCES.includes(preference?.value as DevicePreference) ? (preference!.value as DevicePreference) : DEFAULT_ML_SETTINGS.devicePreference,
    hubModelsEnabled: typeof hub?.value === 'boolean' ? hub.value : DEFAULT_ML_SETTINGS.hubModelsEnabled,
  };
}

export function useMlSettings() {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: mlSettingsKey, queryFn: () => readMlSettings() });
  const save = useMutation({
    mutationFn: async (next: Partial<MlSettings>) => {
      const writes: Promise<unknown>[] = [];
      if (next.devicePreference !== undefined) writes.push(db().settings.put({ key: ML_DEVICE_PREFERENCE_KEY, value: next.devicePreference }));
      if (next.hubModelsEnabled !== undefined) writes.push(db().settings.put({ key: HUB_MODELS_ENABLED_KEY, value: next.hubModelsEnabled }));
      await Promise.all(writes);
    },
    // The switch moves at once; a failed write puts it back.
    onMutate: async (next) => {
      await queryClient.cancelQueries({ queryKey: mlSettingsKey });
      const previous = queryClient.getQueryData<MlSettings>(mlSettingsKey);
      queryClient.setQueryData<MlSettings>(mlSettingsKey, { ...(previous ?? DEFAULT_ML_SETTINGS), ...next });
      return { previous };
    },
    onError: (_error, _next, context) => {
      if (context?.previous) queryClient.setQueryData(mlSettingsKey, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: mlSettingsKey }),
  });
  return {
    settings: query.data ?? null,
    isPending: query.isPending,
    saveError: save.error,
    setDevicePreference: (devicePreference: DevicePreference) => save.mutate({ devicePreference }),
    setHubModelsEnabled: (hubModelsEnabled: boolean) => save.mutate({ hubModelsEnabled }),
  };
}
