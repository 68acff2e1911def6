// name: mentions
// description: Everything said about an entity: each relation it takes part in, with the document and sentence.
// param: name ($entity_name) required: the entity's name or alias
// Same rows as mentions.rq; relation names are the relationship types in lower case.
MATCH (x)
WHERE x.name = $entity_name OR $entity_name IN x.aliases
MATCH (x)-[r:OWNS|CO_OWNS|IMPLEMENTS|CITES|MEASURES|RESPONDS_TO|ISSUED_BY|PROPOSED_BY|PART_OF|MENTIONS]-(o)
MATCH (d:Document {id: 'https://w3id.org/policykg/id/document/' + r.document})
UNWIND r.sentences AS sentence
RETURN DISTINCT toLower(type(r)) AS relation,
       CASE WHEN startNode(r) = x THEN 'out' ELSE 'in' END AS direction,
       o.name AS other,
       d.name AS document,
       sentence
ORDER BY document, relation, direction, other, sentence
