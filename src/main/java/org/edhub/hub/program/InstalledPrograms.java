package org.edhub.hub.program;

import org.edhub.core.program.StateProgram;
import org.edhub.core.program.StatePrograms;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers every state program on the class path ({@link StatePrograms}, the same list the command line runs) as a
 * bean named after the program, so the hub finds them as beans without naming any.
 */
@Configuration(proxyBeanMethods = false)
public class InstalledPrograms {

    @Bean
    static BeanDefinitionRegistryPostProcessor installedStatePrograms() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                for (StateProgram program : StatePrograms.installed()) {
                    if (registry.containsBeanDefinition(program.name())) continue;
                    registry.registerBeanDefinition(program.name(),
                            BeanDefinitionBuilder.genericBeanDefinition(StateProgram.class, () -> program).getBeanDefinition());
                }
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            }
        };
    }
}
