'use client';
/**
 * The device this browser would get for a preference, probed on the page with the same pure
 * rules the worker uses. Shown until the worker reports the device it actually chose.
 */
import { useQuery } from '@tanstack/react-query';
import { chooseDevice, type DevicePreference } from '@/lib/ml/device';
import { probeCapabilities } from '@/lib/ml/probe-capabilities';

export function useExpectedDevice(preference: DevicePreference | null) {
  return useQuery({
    queryKey: ['ml-expected-device', preference],
    queryFn: async () => chooseDevice(await probeCapabilities(preference!)),
    enabled: preference !== null,
    staleTime: Infinity,
  });
}
