package se.jamtland.unit.vocabulary;

/**
 * What an advisory contact was about, from a closed list: a topic is recorded without any personal
 * circumstances (14 kap. 4 § SoL), so free text is never accepted here.
 */
public enum TopicCode {
    VALD_I_NARA_RELATION,
    HEDERSRELATERAT_VALD,
    PROSTITUTION_OCH_MANNISKOHANDEL,
    KOP_AV_SEXUELLA_TJANSTER,
    ALKOHOL,
    NARKOTIKA,
    SPEL_OM_PENGAR,
    SAMLEVNADSKONFLIKT,
    FORALDRASKAP,
    BARNFORHOR,
    ANHORIG,
    STODINSATSER_INFORMATION,
    OVRIGT
}
