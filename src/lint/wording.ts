/**
 * The wording rules: phrases, in English and Spanish, that safe-messaging guidance asks writers to
 * avoid. Every pattern matches whole words, case-insensitively, with curly apostrophes as straight.
 * They run on every string a reader can read (read.ts `texts`), whatever the pack's locale, since a
 * pack in one language often quotes another.
 */
import { sentenceBefore, words } from './read.js';

export type Severity = 'error' | 'warning';

export interface WordingRule {
  id: string;
  severity: Severity;
  guideline: string;
  reason: string;
  /** What to write instead, appended to the message: in Spanish for a Spanish pack, else in English. */
  advice: { en: string; es: string };
  patterns: RegExp[];
  /** A match to let pass, e.g. one the sentence negates ("if you have…", "not a disorder"). */
  allow?: (text: string, index: number) => boolean;
}

const SELF = '(?:himself|herself|themselves|themself|yourself|myself|oneself)';
const POSSESSIVE = "(?:his|her|their|your|my|one's)";

/** Conditions a pack must not say a reader has (English). */
const CONDITION_EN =
  '(?:[\\w-]+\\s+)?(?:disorders?|ptsd|c-ptsd|cptsd|post-traumatic\\s+stress|depression|anxiety|bipolar|bpd|borderline|narcissis\\w*|paranoi\\w*|ocd|obsessive[-\\s]compulsive|codependen\\w*|schizo\\w*|adhd|trust\\s+issues|attachment\\s+(?:issues|problems)|mental\\s+illness|trauma)';
/** The same in Spanish. */
const CONDITION_ES =
  '(?:\\p{L}+\\s+)?(?:trastornos?|tept|estrés\\s+postraumático|depresión|ansiedad|bipolar|tlp|narcisis\\p{L}*|paranoi\\p{L}*|toc|obsesivo[-\\s]compulsivo|codependen\\p{L}*|esquizo\\p{L}*|tdah|problemas\\s+de\\s+confianza|enfermedad\\s+mental|trauma)';

/**
 * "If you think you have…", "si crees que tienes…", "no one can say you have…", or a question ("Do
 * you have…?", "¿Tienes…?"): a condition, a denial or a question, not a claim.
 */
const conditional = (text: string, index: number) =>
  /(?:^|[^\p{L}])(?:if|whether|when|unless|think|wonder|worry|worried|unsure|do|does|si|cuando|aunque|crees|piensas|dudas|no)(?:[^\p{L}]|$)/iu.test(
    sentenceBefore(text, index),
  ) || /^[^.!;:]*\?/.test(text.slice(index));

export const WORDING: WordingRule[] = [
  {
    id: 'suicide-crime-language',
    severity: 'error',
    guideline: 'Samaritans media guidelines',
    reason: '"Commit" comes from the time when suicide was a crime; it adds stigma for people who are struggling.',
    advice: {
      en: 'say "died by suicide" or "took their own life"',
      es: 'di "murió por suicidio" o "se quitó la vida"',
    },
    patterns: [
      words('commit(?:s|ted|ting)?\\s+suicide'),
      words('suicides?\\s+(?:was|were|is|are|being|been)\\s+committed'),
      words('comet\\p{L}*\\s+(?:el\\s+|un\\s+)?suicidio'),
      words('suicidios?\\s+cometidos?'),
    ],
  },
  {
    id: 'suicide-outcome-language',
    severity: 'error',
    guideline: 'reportingonsuicide.org',
    reason: 'Calling a suicide "successful" or an attempt "failed" presents death as an achievement.',
    advice: {
      en: 'say "died by suicide" or "survived an attempt"',
      es: 'di "murió por suicidio" o "sobrevivió a un intento"',
    },
    patterns: [
      words('(?:successful|unsuccessful|failed|completed|botched)\\s+(?:suicide\\s+)?(?:suicides?|attempts?)'),
      words('suicide\\s+(?:attempt\\s+)?(?:was\\s+)?(?:successful|unsuccessful|failed)'),
      words('(?:suicidios?|intentos?)(?:\\s+de\\s+suicidio)?\\s+(?:exitosos?|logrados?|fallidos?|frustrados?)'),
      words('(?:exitosos?|fallidos?|frustrados?)\\s+intentos?'),
    ],
  },
  {
    id: 'suicide-sensational',
    severity: 'error',
    guideline: 'Samaritans media guidelines',
    reason: 'Words like "epidemic" or "wave" sensationalise suicide and can make it seem common or inevitable.',
    advice: { en: 'describe it plainly, without drama', es: 'descríbelo con sencillez, sin dramatismo' },
    patterns: [
      words('suicide\\s+(?:epidemic|wave|spree|craze|outbreak|contagion)s?'),
      words('(?:epidemic|wave|spate|rash|surge|outbreak|spree)\\s+of\\s+suicides?'),
      words('(?:soaring|skyrocketing)\\s+suicides?|suicides?\\s+(?:soar|skyrocket)\\w*'),
      words('(?:epidemia|ola|oleada|brote)\\s+de\\s+suicidios?'),
      words('suicidios?\\s+(?:se\\s+)?disparan?'),
    ],
  },
  {
    id: 'suicide-as-solution',
    severity: 'error',
    guideline: '#chatsafe',
    reason: 'Presenting suicide as a way out or an end to pain can make it seem like an option to someone at risk.',
    advice: {
      en: 'say that help exists and that feelings can change',
      es: 'di que hay ayuda y que lo que se siente puede cambiar',
    },
    patterns: [
      words(
        'suicide\\s+(?:is|was|seems|seemed|feels|felt)\\s+(?:like\\s+)?(?:the|a|an)\\s+(?:only\\s+|easy\\s+|best\\s+)?(?:way\\s+out|answer|solution|escape|relief|option)',
      ),
      words(
        '(?:suicide|death|dying)\\s+(?:ended|ends|will\\s+end|would\\s+end)\\s+(?:the|his|her|their|your|my)\\s+(?:pain|suffering|problems)',
      ),
      words(
        'el\\s+suicidio\\s+(?:es|fue|parece|parecía)\\s+(?:la|una)\\s+(?:única\\s+|mejor\\s+)?(?:salida|solución|respuesta|escapatoria|opción)',
      ),
      words(
        '(?:el\\s+suicidio|la\\s+muerte)\\s+(?:acabó|acaba|acabará|terminó|termina)\\s+con\\s+(?:el|su|tu|mi)\\s+(?:dolor|sufrimiento|problemas)',
      ),
    ],
  },
  {
    id: 'method-details',
    severity: 'error',
    guideline: 'Samaritans media guidelines',
    reason: 'Details of how someone could end their life can lead a person at risk to copy them.',
    advice: { en: 'leave the method and the means out entirely', es: 'no menciones el método ni los medios' },
    patterns: [
      words('overdos(?:e|es|ed|ing)|(?:lethal|fatal|deadly|toxic)\\s+(?:dose|amount|quantity)'),
      words(`hang(?:ed|ing|s)?\\s+${SELF}|noose|ligature`),
      words(`(?:slit|slash(?:ed)?|cut(?:ting)?)\\s+(?:${POSSESSIVE}\\s+)?wrists?`),
      words(
        `(?:jump(?:ed|ing|s)?|leap(?:t|ed|ing|s)?|threw\\s+${SELF}|throw(?:ing)?\\s+${SELF})\\s+(?:off|from|in\\s+front\\s+of)\\s+(?:a|an|the)\\s+(?:bridge|building|roof|cliff|balcony|window|train|tower|car|bus)`,
      ),
      words(`shot\\s+${SELF}|(?:gun|pistol|rifle)\\s+to\\s+${POSSESSIVE}\\s+head`),
      words(`(?:poison(?:ed|ing)?|gass(?:ed|ing)|suffocat(?:ed|ing)|electrocut(?:ed|ing))\\s+${SELF}`),
      words('carbon\\s+monoxide|exhaust\\s+fumes'),
      words(
        `(?:took|take|taking|swallow(?:ed|ing)?|stockpil(?:e|ed|ing))\\s+(?:\\d+|a\\s+handful\\s+of|handfuls\\s+of|a\\s+bottle\\s+of|all\\s+(?:of\\s+)?${POSSESSIVE}|dozens\\s+of|lots\\s+of)\\s+(?:[\\w-]+\\s+)?(?:pills|tablets|painkillers|capsules)`,
      ),
      words(
        '(?:how\\s+to|ways\\s+to|best\\s+way\\s+to|easiest\\s+way\\s+to)\\s+(?:kill\\s+(?:yourself|myself|oneself)|end\\s+(?:your|my)\\s+(?:own\\s+)?life)',
      ),
      words('sobredosis|dosis\\s+(?:letal|mortal|tóxica)'),
      words('ahorc\\p{L}*'),
      words('(?:cortarse|se\\s+cortó|cortándose)\\s+(?:las\\s+)?(?:venas|muñecas)'),
      words(
        '(?:se\\s+)?(?:tiró|lanzó|arrojó|tirarse|lanzarse|arrojarse|tira|lanza)\\s+(?:de|desde|por|a|al|bajo)\\s+(?:(?:un|una|el|la|los|las)\\s+)?(?:puente|edificio|azotea|techo|balcón|ventana|acantilado|tren|metro|vías)',
      ),
      words('se\\s+disparó|dispararse|(?:se\\s+)?peg(?:ó|arse)\\s+un\\s+tiro'),
      words('se\\s+envenenó|envenenarse|se\\s+asfixió|asfixiarse'),
      words('monóxido\\s+de\\s+carbono'),
      words(
        '(?:se\\s+)?(?:tomó|tomarse|tragó|tragarse|acumular|acumuló)\\s+(?:\\d+|un\\s+puñado\\s+de|un\\s+frasco\\s+de|muchas|todas\\s+(?:las|sus))\\s+(?:pastillas|píldoras|tabletas|analgésicos|somníferos)',
      ),
      words(
        '(?:cómo|formas\\s+de|maneras\\s+de)\\s+(?:suicidarse|suicidarte|quitarse\\s+la\\s+vida|quitarte\\s+la\\s+vida|matarse|matarte)',
      ),
    ],
  },
  {
    id: 'diagnostic-claim',
    severity: 'error',
    guideline: 'trust-widgets content rules',
    reason:
      'A self-check is a reflection aid, never a diagnosis: telling a reader they have a condition is a claim only a clinician can make.',
    advice: {
      en: 'describe what the reader noticed, e.g. "trust may feel hard right now"',
      es: 'describe lo que la persona notó, p. ej. "confiar puede costarte ahora"',
    },
    patterns: [
      words(
        `you\\s+(?:(?:likely|probably|may|might|could|clearly|definitely)\\s+)?(?:have|'ve\\s+got|have\\s+got|suffer\\s+from|are\\s+suffering\\s+from|show\\s+signs\\s+of|are\\s+showing\\s+signs\\s+of|meet\\s+the\\s+criteria\\s+for)\\s+(?:(?:a|an|some)\\s+)?${CONDITION_EN}`,
      ),
      words(
        "you(?:'re|\\s+are)\\s+(?:(?:a|an|clearly|probably|likely)\\s+)?(?:paranoid|narcissist|narcissistic|bipolar|borderline|codependent|depressed|traumati[sz]ed|mentally\\s+ill|schizophrenic)",
      ),
      words('(?:means|shows|indicates|suggests|proves|confirms)\\s+(?:that\\s+)?you\\s+(?:have|suffer)'),
      words(
        `(?:(?:tú|usted)\\s+)?(?:tienes|tiene\\s+usted|padeces|padece\\s+usted|sufres(?:\\s+de)?|sufre\\s+usted(?:\\s+de)?|puede\\s+que\\s+tengas|podrías\\s+tener|muestras\\s+(?:signos|síntomas)\\s+de)\\s+(?:(?:un|una|el|la)\\s+)?${CONDITION_ES}`,
      ),
      words(
        'eres\\s+(?:(?:un|una)\\s+)?(?:paranoic[oa]|narcisista|bipolar|codependiente|depresiv[oa]|esquizofrénic[oa]|traumatizad[oa])',
      ),
      words('(?:significa|muestra|indica|sugiere|confirma|demuestra)\\s+que\\s+(?:tienes|padeces|sufres)'),
    ],
    allow: conditional,
  },
];

/** Clinical labels: a result (a quiz band) that names one reads as a diagnosis. */
export const DISORDER = [
  words(
    '(?:[\\w-]+\\s+)?disorders?|ptsd|c-ptsd|cptsd|post-traumatic\\s+stress|bipolar|bpd|borderline\\s+personality|narcissistic\\s+personality|ocd|obsessive[-\\s]compulsive|schizo\\w*|adhd|(?:clinical|major)\\s+depression|generali[sz]ed\\s+anxiety|codependency',
  ),
  words(
    'trastornos?(?:\\s+\\p{L}+)?|tept|estrés\\s+postraumático|bipolar|tlp|toc|obsesivo[-\\s]compulsivo|esquizo\\p{L}*|tdah|depresión\\s+(?:clínica|mayor)|ansiedad\\s+generalizada|codependencia',
  ),
];

/** The sentence negates the label ("this is not a disorder", "no es un trastorno"). */
export const negated = (text: string, index: number): boolean =>
  /(?:^|[^\p{L}])(?:not|isn't|no|never|nunca|ni)(?:[^\p{L}]|$)/iu.test(sentenceBefore(text, index));

/** A disclaimer that says the quiz is not a diagnosis, in English or Spanish. */
export const NOT_A_DIAGNOSIS = [
  words("(?:not|isn't|never)\\s+(?:(?:a|an)\\s+)?(?:[\\w-]+\\s+)?(?:diagnos\\w*|clinical\\s+(?:test|assessment|tool))"),
  words("(?:cannot|can't|does\\s+not|doesn't|won't|will\\s+not)\\s+(?:[\\w-]+\\s+)?diagnos\\w*"),
  words(
    'no\\s+substitute\\s+for\\s+(?:a\\s+)?(?:professional|clinical|medical)\\s+(?:diagnosis|assessment|advice|help)',
  ),
  words(
    'no\\s+(?:(?:es|constituye|sustituye|reemplaza|equivale\\s+a)\\s+)?(?:(?:un|una|a\\s+un|a\\s+una)\\s+)?(?:\\p{L}+\\s+)?(?:diagnóstico|prueba\\s+clínica|evaluación\\s+(?:clínica|profesional))',
  ),
  words('no\\s+(?:diagnostica|sirve\\s+para\\s+diagnosticar|puede\\s+diagnosticar)'),
];

/** A question about fear of someone, danger or self-harm: one a safety rule should watch. */
export const SAFETY_QUESTION = [
  words(
    '(?:afraid|scared|frightened|fearful|terrified)\\s+(?:of|for)\\s+(?:(?:a|my|an|the|someone|somebody)\\s+)?(?:former\\s+)?(?:partner|ex|spouse|husband|wife|boyfriend|girlfriend|family|parent|someone|somebody|relative|carer|caregiver|my\\s+life|my\\s+safety)',
  ),
  words(
    "unsafe|in\\s+danger|threaten\\w*|hits?\\s+me|hurts?\\s+me\\s+physically|forces?\\s+me|abus\\w*|(?:harm|hurt)\\s+myself|self-harm\\w*|suicid\\w*|end\\s+my\\s+life|kill\\s+myself|better\\s+off\\s+dead|(?:do\\s+not|don't)\\s+want\\s+to\\s+(?:live|be\\s+alive)",
  ),
  words(
    '(?:miedo|temor)\\s+(?:de|a|hacia)\\s+(?:(?:mi|una|un|la|el)\\s+)?(?:pareja|expareja|ex|familia|familiar|esposo|esposa|novio|novia|padre|madre|alguien)',
  ),
  words(
    'en\\s+peligro|amenaz\\p{L}*|me\\s+golpea|me\\s+pega|me\\s+obliga|maltrat\\p{L}*|abus\\p{L}*|hacerme\\s+daño|autolesi\\p{L}*|suicid\\p{L}*|quitarme\\s+la\\s+vida|matarme|no\\s+quiero\\s+vivir',
  ),
];

/** Words that say a line answers calls (for a line that has no phone number). */
export const CALL = [
  words(
    'call(?:s|ing|ed)?|phone\\s+(?:us|line|them|number)|telephone|freephone|ring\\s+(?:us|them)|by\\s+phone|on\\s+the\\s+phone|answers?\\s+(?:the\\s+)?(?:phone|calls)',
  ),
  words('ll[aá]m\\p{L}*|(?:línea|atención|número)\\s+telefónic\\p{L}*|número\\s+de\\s+teléfono|por\\s+teléfono'),
];

/** The sentence says there is no such thing ("There is no phone line", "No tiene línea telefónica"). */
export const denied = (text: string, index: number): boolean =>
  /(?:^|[^\p{L}])(?:no|not|never|without|isn't|cannot|can't|sin|nunca|ni)(?:[^\p{L}]|$)/iu.test(
    sentenceBefore(text, index),
  );

/**
 * Text that points at helplines shown with it ("these free services can help", "las líneas de
 * abajo"). Not "these numbers" or "estas líneas" alone: a result may speak of scores or of lines of text.
 */
export const PROMISE = [
  words(
    '(?:these|the\\s+following)\\s+(?:[\\w-]+,?\\s+){0,3}?(?:helplines?|hotlines?|services|(?:crisis|support|help|phone)\\s+lines)',
  ),
  words(
    '(?:helplines?|hotlines?|numbers|services|lines)\\s+(?:(?:are|is)\\s+)?(?:(?:listed|shown)\\s+)?(?:below|here)',
  ),
  words(
    '(?:estas|estos|las\\s+siguientes|los\\s+siguientes)\\s+(?:\\p{L}+,?\\s+){0,4}?(?:servicios|teléfonos|líneas\\s+de\\s+(?:ayuda|apoyo|atención|crisis))',
  ),
  words('(?:líneas|servicios|números|teléfonos)\\s+(?:\\p{L}+\\s+){0,4}?(?:de\\s+abajo|abajo|a\\s+continuación|aquí)'),
];
