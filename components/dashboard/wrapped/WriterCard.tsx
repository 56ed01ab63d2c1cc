'use client';
/** Who writes the words (on-device grammar, in-browser model, or the site's server). */
import { Card } from '@/components/ui/Card';
import { WriterChoice } from '@/components/wrapped/WriterChoice';

export function WriterCard() {
  return (
    <Card title="Writer" caption="The words are always checked against your numbers; anything unbacked is replaced by the on-device text.">
      <WriterChoice />
    </Card>
  );
}
