// name: figures
// description: Figures reported per document: value, unit, what they count and what they belong to.
// param: document ($document_name) optional: a document's title or number; "" or null = every document
// Same rows as figures.rq.
MATCH (f:Figure)-[r:MEASURES]->(t)
WHERE f.value IS NOT NULL
MATCH (d:Document {id: 'https://w3id.org/policykg/id/document/' + r.document})
WITH d, f, t
WHERE coalesce($document_name, '') = '' OR d.name = $document_name OR d.doc_number = $document_name
RETURN DISTINCT d.name AS document,
       f.name AS figure,
       f.value AS value,
       f.unit AS unit,
       f.counts AS counts,
       t.name AS about
ORDER BY document, figure, about
