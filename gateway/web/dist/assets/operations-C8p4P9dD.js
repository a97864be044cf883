const r="antiscam.token";function a(){try{return localStorage.getItem(r)?.trim()??""}catch{return""}}function i(e){const t=e.trim().replace(/^Bearer\s+/i,"");try{t?localStorage.setItem(r,t):localStorage.removeItem(r)}catch{}}function s(e=a()){return e?{authorization:`Bearer ${e}`}:{}}const n=`fragment CoverageFields on Coverage {
  asked
  answered
  refused
  unavailable
  complete
}`,o=`fragment SightingFields on Sighting {
  member { code name }
  level
  reference
  reportCount
  firstSeen
  lastSeen
  totalLoss { amount currency }
  scamTypes
}`,c=`query CrossBorderLookup($kind: IndicatorKind!, $value: String!, $region: String) {
  indicator(kind: $kind, value: $value, region: $region) {
    id
    kind
    sightings { ...SightingFields }
    coverage { ...CoverageFields }
  }
}

${o}

${n}
`;export{s as a,n as c,c as l,a as r,i as s};
