package no.rhf.servicemiljo.ern;

import java.util.List;

/**
 * The 24 European Reference Networks, offered as suggestions (a new network can still be typed: the list
 * is the European Commission's, not ours).
 */
public final class ErnNetworks {

    public static final List<String> NAMES = List.of(
            "Endo-ERN", "ERKNet", "ERN BOND", "ERN CRANIO", "ERN EpiCARE", "ERN ERNICA", "ERN EURACAN",
            "ERN EuroBloodNet", "ERN eUROGEN", "ERN EURO-NMD", "ERN EYE", "ERN GENTURIS", "ERN GUARD-HEART",
            "ERN ITHACA", "ERN LUNG", "ERN PaedCan", "ERN RARE-LIVER", "ERN ReCONNET", "ERN RITA", "ERN-RND",
            "ERN Skin", "ERN TRANSPLANT-CHILD", "MetabERN", "VASCERN");

    private ErnNetworks() {
    }

    /** The suggested spelling of a typed name (case-insensitive), or the typed name as it is. */
    public static String canonical(String typed) {
        String name = typed == null ? "" : typed.strip();
        return NAMES.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst().orElse(name);
    }
}
