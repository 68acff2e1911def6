// name: measures_of_agency
// description: The measures one agency owns or co-owns, with the sentence that says so.
// param: agency ($agency_name) required: an agency's name or alias
// Same rows as measures_of_agency.rq: one row per evidence sentence.
// Ties are broken by commitment; coalesce puts a missing one first, as SPARQL sorts unbound first.
MATCH (a)-[r:OWNS|CO_OWNS]->(m)
WHERE a.name = $agency_name OR $agency_name IN a.aliases
MATCH (d:Document {id: 'https://w3id.org/policykg/id/document/' + r.document})
UNWIND r.sentences AS sentence
RETURN DISTINCT m.name AS measure,
       CASE type(r) WHEN 'OWNS' THEN 'owns' ELSE 'co_owns' END AS role,
       m.commitment AS commitment,
       d.name AS document,
       sentence
ORDER BY document, measure, role, sentence, coalesce(commitment, '')
