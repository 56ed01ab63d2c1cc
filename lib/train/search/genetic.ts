/**
 * Genetic search: a population of `populationSize` points; each generation keeps the `elite` best
 * unchanged (not re-evaluated) and breeds the rest — two parents by tournament selection, uniform
 * crossover per param, then per-param mutation (Gaussian on the unit scale for numeric params, a
 * fresh random value for categorical ones).
 */
import type { Rng } from '../../demo/prng';
import { randomCoordinate, randomPoint, type Space } from './space';
import type { Strategy } from './types';

export interface GeneticOptions {
  /** Default 10. */
  populationSize?: number;
  /** Best individuals carried into the next generation unchanged (default 2). */
  elite?: number;
  /** Contestants per tournament (default 3). */
  tournamentSize?: number;
  /** Chance each param is mutated in a child (default 0.2). */
  mutationRate?: number;
  /** Standard deviation of numeric mutations on the unit scale (default 0.1). */
  mutationScale?: number;
}

interface Individual {
  point: number[];
  score: number;
}

export function geneticStrategy(space: Space, names: readonly string[], rng: Rng, options: GeneticOptions = {}): Strategy {
  const { populationSize = 10, tournamentSize = 3, mutationRate = 0.2, mutationScale = 0.1 } = options;
  const elite = Math.min(options.elite ?? 2, populationSize - 1);
  let population: Individual[] = [];
  /** Children of the generation being evaluated, scored as they come back. */
  let offspring: Individual[] = [];
  let queue: number[][] = Array.from({ length: populationSize }, () => randomPoint(space, names, rng));

  const tournament = (): Individual => {
    let winner = population[rng.int(0, population.length - 1)]!;
    for (let i = 1; i < tournamentSize; i++) {
      const rival = population[rng.int(0, population.length - 1)]!;
      if (rival.score > winner.score) winner = rival;
    }
    return winner;
  };

  const child = (): number[] => {
    const [mother, father] = [tournament(), tournament()];
    return names.map((name, i) => {
      const param = space[name]!;
      let gene = rng.chance(0.5) ? mother.point[i]! : father.point[i]!;
      if (rng.chance(mutationRate)) {
        if (param.type === 'categorical') gene = randomCoordinate(param, rng);
        else gene = Math.min(Math.max(gene + mutationScale * Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next()), 0), 1);
      }
      return gene;
    });
  };

  const nextGeneration = () => {
    // Generation 0 has no elite yet; afterwards the best `elite` survive beside the new children.
    const elites = [...population].sort((a, b) => b.score - a.score).slice(0, elite);
    population = [...elites, ...offspring];
    offspring = [];
    queue = Array.from({ length: populationSize - elite }, child);
  };

  return {
    ask() {
      if (queue.length === 0) nextGeneration();
      return queue.shift();
    },
    tell(point, score) {
      offspring.push({ point, score });
    },
  };
}
