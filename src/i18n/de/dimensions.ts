import type { DimensionId } from '@/domain/questionSet'
import type { DimensionWords } from '../en/dimensions'

/** The five dimensions, shared by every question set, in the assessment's order (the start page lists them so). */
export const dimensions = {
  dimensions: {
    culture: {
      title: 'Kultur',
      point: 'Product and Service Business are different cultures.',
      pointRendering: 'Produkt- und Servicegeschäft sind unterschiedliche Kulturen.',
      summary:
        'Ob das Unternehmen erkennt, dass physische Produkte von Margen leben und Services von Kundenzufriedenheit, und ob es danach handelt.',
    },
    methods: {
      title: 'Methoden',
      point: 'Both have established methods.',
      pointRendering: 'Beide haben etablierte Methoden.',
      summary:
        'Ob physische Produkte über Lagerbestand und Lieferkette gesteuert werden und Services über Reaktions- und Lösungszeiten, jedes nach seiner eigenen Methode.',
    },
    transformation: {
      title: 'Transformation',
      point: 'Digitisation requires Digital Transformation.',
      pointRendering: 'Digitalisierung erfordert digitale Transformation.',
      summary:
        'Ob das vernetzte Produkt mehr ist als „ein Chip drin“: Produkt und Service, verbunden zu einem Angebot und einem Geschäftsmodell.',
    },
    decision: {
      title: 'Entscheidung',
      point: 'Digital Transformation won’t happen without a conscious decision.',
      pointRendering: 'Ohne bewusste Entscheidung findet keine digitale Transformation statt.',
      summary:
        'Ob jemand, der hoch genug steht, entschieden hat, die Entscheidung trägt und Finanzziele und Kennzahlen setzt, mit denen ein margenschwacher Service bestehen kann.',
    },
    integration: {
      title: 'Integration',
      point: 'Digitised Products need to consider both.',
      pointRendering: 'Digitalisierte Produkte müssen beides berücksichtigen.',
      summary:
        'Ob ein Produktmanagement die physischen Teile und den Service gemeinsam steuert: lange Entwicklungszyklen und Lieferkette neben einem Service, der betrieben wird und sich weiterentwickelt.',
    },
  } satisfies Record<DimensionId, DimensionWords>,
}
