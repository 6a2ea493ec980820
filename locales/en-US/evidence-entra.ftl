# Evidence texts for the entra checks CRAY-ENTRA-030 onwards.
