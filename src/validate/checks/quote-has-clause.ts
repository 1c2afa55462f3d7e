import { at, type Check } from '../context.ts';

/** A quote says which document (and article) it quotes, so a reader can find it. */
export const quoteHasClause: Check = {
  name: 'quote-has-clause',
  description: 'a quote names the document and, for tariff quotes, the article it comes from',
  run: ({ records }) =>
    records.terms.flatMap((term) => {
      const { quote, clause, sources, history } = term.data;
      const problems = [];
      if (quote && !clause) {
        problems.push(
          at(
            term,
            ['quote'],
            'quote-has-clause',
            'a quote needs "clause: { document: …, article: 第N条 }" naming where it comes from',
          ),
        );
      }
      const tariffOnly = sources.every((s) => s.evidence === 'tariff');
      if (quote && clause && tariffOnly && !clause.article) {
        problems.push(
          at(term, ['clause'], 'quote-has-clause', 'a tariff quote needs the article, e.g. article: 第48条'),
        );
      }
      history?.forEach((h, i) => {
        if (h.quote && !h.clause && !clause) {
          problems.push(
            at(
              term,
              ['history', i, 'quote'],
              'quote-has-clause',
              'an earlier quote needs a "clause" (here or on the term)',
            ),
          );
        }
      });
      return problems;
    }),
};
