/**
 * The vocabulary of privacy policies in each language detection reads: the data-practice phrases whose density
 * tells policy prose from other prose, and the ways a policy refers to itself ("this Privacy Policy", "la présente
 * politique", "diese Datenschutzerklärung"). Each list covers the same core ideas — personal data, processing,
 * third parties, cookies, consent, collection, retention, sharing, privacy, rights — so densities compare across
 * languages (policies run at 1–7 phrases per 100 words in each, ordinary prose under 0.5).
 */
import type { LanguageCode } from './language.ts';

type Named = Exclude<LanguageCode, 'und'>;

/** A letter of the Latin alphabets, accented ones included. Spelled out rather than \p{L}: the `u` flag that
 *  \p{L} needs makes these case-insensitive searches several times slower, and this runs on every page. */
const L = '[a-z\\u00c0-\\u024f]';

const PRACTICES: Record<Named, string[]> = {
  en: [
    'personal (information|data)',
    'personally identifiable',
    'third[- ]part(y|ies)',
    'cookies?',
    'web beacons?',
    'opt[- ]out',
    'collect(s|ed|ion)?',
    'disclos(e|ed|ure)',
    'retain|retention',
    'privacy',
    'ip address(es)?',
    'service providers?',
    'data protection',
    'your (information|data|consent|choices)',
    'we (use|share|may share)',
  ],
  fr: [
    'données( personnelles| à caractère personnel)?',
    'traitements?',
    'tiers',
    'cookies?|traceurs?',
    'consentement',
    'finalités?',
    'collect(e|er|ons|ées?|és?)',
    'conserv(ation|ons|ées?|er)',
    'partag(e|er|eons|ées?)',
    'vie privée|confidentialité',
    'adresse ip',
    'prestataires?|sous-traitants?|destinataires',
    'protection des données|rgpd',
  ],
  de: [
    'personenbezogene(n)? daten',
    'daten',
    `datenschutz${L}*`,
    `verarbeit${L}*`,
    `einwilligung${L}*`,
    'dritte(n)?',
    'cookies?',
    'speicher(n|ung|t|dauer)',
    'erhe(ben|bt|bung)|erhoben',
    'weiter(gabe|geben|gegeben)',
    'ip-adressen?',
    'auftragsverarbeiter|empfänger',
    'dsgvo',
  ],
  es: [
    'datos( personales)?',
    'tratamientos?',
    'terceros',
    'cookies?',
    'consentimiento',
    'finalidad(es)?',
    'recop(ilar|ilamos|ilados?|ilación)|recog(er|emos|idos?)',
    'conserva(r|mos|ción)',
    'compart(ir|imos|idos?)',
    'privacidad',
    'dirección ip',
    'proveedores de servicios|encargados?',
    'protección de datos|rgpd',
  ],
  it: [
    'dati( personali)?',
    'trattament[oi]',
    'terzi',
    'cookies?',
    'consenso',
    'finalità',
    'raccol(ta|ti|gono|giamo)',
    'conserva(ti|zione|re)',
    'condivi(dere|diamo|si)',
    'privacy|riservatezza',
    'indirizzo ip',
    'fornitori( di servizi)?|responsabil[ei] del trattamento',
    'protezione dei dati|gdpr',
  ],
  nl: [
    'persoonsgegevens',
    'gegevens',
    'verwerk(en|ing|t|ingen)',
    'derden',
    'cookies?',
    'toestemming',
    'doeleinden',
    'verzamel(en|d|t)',
    'bewar(en|d|t)',
    'del(en|ingen)',
    'privacy',
    'ip-adres(sen)?',
    'verwerkers?|gegevensbescherming|avg',
  ],
  pt: [
    'dados( pessoais)?',
    'tratamentos?',
    'terceiros',
    'cookies?',
    'consentimento',
    'finalidades?',
    'colet(ar|amos|ados?)|recolh(er|emos|idos?)',
    'armazen(ar|amos|ados?|amento)|conserva(r|mos|ção)',
    'compartilh(ar|amos|ados?)|partilh(ar|amos|ados?)',
    'privacidade',
    'endereço ip',
    'prestadores de serviços|operadores?',
    'proteção de dados|lgpd|rgpd',
  ],
};

/** "This Privacy Policy", "la présente politique", "dieser Datenschutzerklärung", "questa informativa"… */
const SELF_REFERENCES: Record<Named, string> = {
  en: 'this (online |website |web site |global |consumer )?((privacy|cookies?|data protection) )?(policy|notice|statement)',
  fr: "(cette|la présente|présente) (politique|charte|déclaration|notice)|(la présente|cette) note d'information",
  de: `diese[rnms]? (datenschutz${L}*|erklärung|richtlinie|hinweise|bestimmungen)`,
  es: '(esta|la presente) (política|declaración)|este aviso( de privacidad)?',
  it: '(la presente|questa) (informativa|politica|privacy policy)',
  nl: '(deze|dit) (privacyverklaring|privacybeleid|privacyreglement|verklaring|beleid|cookieverklaring)',
  pt: '(esta|a presente) (política|declaração)|este aviso( de privacidade)?',
};

export interface PolicyWords {
  practices: RegExp;
  selfReference: RegExp;
}

const compile = (code: Named): PolicyWords => ({
  // Every phrase starts with an ASCII letter, where \b works; it may end in an accented one ("données"), where \b
  // does not: a look-ahead for a letter keeps the word whole.
  practices: new RegExp(`\\b(${PRACTICES[code].join('|')})(?!${L})`, 'gi'),
  selfReference: new RegExp(`\\b(${SELF_REFERENCES[code]})(?!${L})`, 'gi'),
});

const CACHE = new Map<Named, PolicyWords>();

/** The vocabulary of a language; English's for "und" (other languages: only the English loanwords count). */
export function policyWords(code: LanguageCode): PolicyWords {
  const named: Named = code === 'und' ? 'en' : code;
  let words = CACHE.get(named);
  if (!words) {
    words = compile(named);
    CACHE.set(named, words);
  }
  return words;
}
