'use client';
/**
 * The /train page's stored state through react-query: categories, labels, the trained head and
 * the adapted head, with mutations that write IndexedDB and refresh what depends on them.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LabelTask } from '@/lib/custom/types';
import { db } from '@/lib/store/db';
import {
  addCategory,
  conversationTitles,
  deleteCategory,
  listCategories,
  listLabels,
  readAdaptedHead,
  readCustomHead,
  removeLabel,
  setLabel,
  updateCategory,
} from '@/lib/store/training';

export const trainingKeys = {
  all: ['training'] as const,
  categories: ['training', 'categories'] as const,
  labels: (task: LabelTask, importId: string) => ['training', 'labels', task, importId] as const,
  customHead: (importId: string) => ['training', 'custom-head', importId] as const,
  adaptedHead: ['training', 'adapted-head'] as const,
};

export function useCategories() {
  return useQuery({ queryKey: trainingKeys.categories, queryFn: () => listCategories(db()) });
}

export interface LabelledConversation {
  conversationId: string;
  title: string;
  value: string;
  labelledAt: number;
}

export function useLabels(task: LabelTask, importId: string) {
  return useQuery({
    queryKey: trainingKeys.labels(task, importId),
    queryFn: async (): Promise<LabelledConversation[]> => {
      const labels = await listLabels(db(), task, importId);
      const titles = await conversationTitles(db(), importId, labels.map((label) => label.conversationId));
      return labels.map((label) => ({ ...label, title: titles.get(label.conversationId) ?? 'Untitled conversation' }));
    },
  });
}

export function useCustomHead(importId: string | null) {
  return useQuery({ queryKey: trainingKeys.customHead(importId ?? ''), queryFn: () => readCustomHead(db(), importId!), enabled: Boolean(importId) });
}

export function useAdaptedHead() {
  return useQuery({ queryKey: trainingKeys.adaptedHead, queryFn: () => readAdaptedHead(db(), 'sentiment') });
}

export function useCategoryMutations() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: trainingKeys.all });
  return {
    add: useMutation({ mutationFn: ({ name, description }: { name: string; description?: string }) => addCategory(db(), name, description), onSuccess: refresh }),
    update: useMutation({ mutationFn: ({ id, name, description }: { id: string; name: string; description: string }) => updateCategory(db(), id, { name, description }), onSuccess: refresh }),
    remove: useMutation({ mutationFn: (id: string) => deleteCategory(db(), id), onSuccess: refresh }),
  };
}

export function useLabelMutations(task: LabelTask, importId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: trainingKeys.labels(task, importId) });
  return {
    set: useMutation({ mutationFn: ({ conversationId, value }: { conversationId: string; value: string }) => setLabel(db(), task, importId, conversationId, value), onSuccess: refresh }),
    remove: useMutation({ mutationFn: (conversationId: string) => removeLabel(db(), task, importId, conversationId), onSuccess: refresh }),
  };
}
