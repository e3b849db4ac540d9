import { AFFIX_IDS } from '../src/domain/morphology/affixes';
console.log(AFFIX_IDS.join(' '));
