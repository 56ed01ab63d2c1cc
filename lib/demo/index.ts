/** The demo export's public door; everything else in this folder is its machinery. */
export {
  DEMO_DEFAULT,
  conversationsForBytes,
  describeDemoExport,
  generateDemoExport,
  type DemoExpectations,
  type DemoOptions,
} from './export';
export { generateDemoZip } from './zip';
