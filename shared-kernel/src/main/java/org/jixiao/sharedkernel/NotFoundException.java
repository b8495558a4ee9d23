package org.jixiao.sharedkernel;

/** An unknown id or business key. Rendered as 404 naming the kind of resource and the key asked for. */
public class NotFoundException extends RuntimeException {

    private final String resource;
    private final String key;

    public NotFoundException(String resource, Object key) {
        super(resource + " " + key + " not found");
        this.resource = resource;
        this.key = String.valueOf(key);
    }

    public String resource() {
        return resource;
    }

    public String key() {
        return key;
    }
}
