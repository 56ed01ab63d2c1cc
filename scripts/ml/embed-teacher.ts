/** Fills the teacher-vector cache for every head's data and the real prompts (minutes, once). */
import { HEAD_NAMES } from '../../lib/ml/heads/labels';
import { loadHeadData, loadPrompts } from './head-data';
import { teacherVectors } from './teacher';

async function main() {
  await teacherVectors(loadPrompts().map((prompt) => prompt.text), 'prompts');
  for (const head of HEAD_NAMES) {
    const { train, dev } = loadHeadData(head);
    await teacherVectors([...train, ...dev].map((example) => example.text), head);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
