import { INSTRUMENT_ITEMS, itemApplies, type Answers, type InstrumentItem, type ItemOption } from '@cpc/domain';

const DEMO_TEXT = 'Données de démonstration synthétiques / synthetic demo data.';

/** The option whose points are nearest a target capacity in [0, 1], with some noise. */
function pickOption(options: ItemOption[], capacity: number, random: () => number): string {
  const target = capacity + (random() - 0.5) * 0.35;
  let best = options[0];
  if (!best) throw new Error('an option item without options');
  for (const o of options) if (Math.abs((o.points ?? 0) - target) < Math.abs((best.points ?? 0) - target)) best = o;
  return best.code;
}

function multiAnswer(item: InstrumentItem, capacity: number, random: () => number): string[] {
  if (item.code === 'A.1') {
    const base = pickOption(
      item.options.filter((o) => !o.bonus),
      capacity,
      random,
    );
    return base !== 'none' && random() < capacity - 0.2 ? [base, 'joint_committee'] : [base];
  }
  if (item.code === 'A.17') {
    // Weaker cooperation reports more difficulties.
    return item.options.filter(() => random() < 0.45 - capacity * 0.3).map((o) => o.code);
  }
  return item.options.filter(() => random() < capacity + 0.1).map((o) => o.code);
}

/**
 * A complete, valid answer set for a country whose cooperation capacity is `capacity` (0–1) overall,
 * with per-item variation. `selfBias` shifts the self-assessed level (A.18) away from the computed one.
 */
export function generateAnswers(capacity: number, selfLevel: number, random: () => number): Answers {
  const answers: Answers = {};
  for (const item of INSTRUMENT_ITEMS) {
    if (!itemApplies(item, answers)) continue;
    const local = Math.min(1, Math.max(0, capacity + (random() - 0.5) * 0.4));
    switch (item.type) {
      case 'tri':
      case 'choice':
      case 'yesno':
        answers[item.code] = pickOption(item.options, local, random);
        break;
      case 'multi':
        answers[item.code] = multiAnswer(item, local, random);
        break;
      case 'text':
        if (random() < 0.6) answers[item.code] = DEMO_TEXT;
        break;
      case 'level':
        answers[item.code] = selfLevel;
        break;
    }
  }
  return answers;
}
