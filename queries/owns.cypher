// name: owns
// description: Which agency owns which measure (lead or co-owner), with the source document.
// param: agency ($agency_name) optional: an agency's name or alias (市科委); "" or null = every agency
// Same rows as owns.rq.  A relationship's document node is looked up by its id
// (https://w3id.org/policykg/id/document/ + r.document), so the :Document index serves it.
// Ties are broken by commitment; coalesce puts a missing one first, as SPARQL sorts unbound first.
MATCH (a)-[r:OWNS|CO_OWNS]->(m)
WHERE coalesce($agency_name, '') = '' OR a.name = $agency_name OR $agency_name IN a.aliases
MATCH (d:Document {id: 'https://w3id.org/policykg/id/document/' + r.document})
WHERE d.source IS NOT NULL
RETURN DISTINCT a.name AS agency,
       CASE type(r) WHEN 'OWNS' THEN 'owns' ELSE 'co_owns' END AS role,
       m.name AS measure,
       m.commitment AS commitment,
       d.name AS document,
       d.doc_number AS doc_number,
       d.source AS source
ORDER BY agency, source, measure, role, coalesce(commitment, '')
