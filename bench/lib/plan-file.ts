// What a loaded data directory holds, for stages that reopen it: the stored id of each generated claim and the planted plan.
import { readFile, writeFile } from 'node:fs/promises';
import type { Expectations } from '../generator/index.js';

export interface PlanFile {
  claims: number;
  ids: string[];
  expectations: Expectations;
}

const pathOf = (dataDir: string) => `${dataDir}.plan.json`;

export async function writePlan(dataDir: string, plan: PlanFile): Promise<void> {
  await writeFile(pathOf(dataDir), JSON.stringify(plan));
}

export async function readPlan(dataDir: string): Promise<PlanFile> {
  return JSON.parse(await readFile(pathOf(dataDir), 'utf8')) as PlanFile;
}
