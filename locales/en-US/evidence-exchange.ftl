# Evidence texts for the exchange checks CRAY-EXO-002 onwards.
